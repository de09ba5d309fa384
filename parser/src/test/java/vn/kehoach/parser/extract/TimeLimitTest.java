package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.kehoach.parser.DocumentReadException;

class TimeLimitTest {

    @Test
    @Timeout(5)
    void givesUpOnATaskThatOverrunsTheLimit() {
        TimeLimit limit = new TimeLimit(Duration.ofMillis(200));

        assertThatThrownBy(() -> limit.run("slow.pdf", () -> {
            Thread.sleep(30_000);
            return "never";
        })).isInstanceOf(DocumentReadException.class)
                .hasMessage("slow.pdf: took longer than the limit of 200 ms to read");
    }

    @Test
    void returnsTheResultOfATaskWithinTheLimit() throws Exception {
        assertThat(new TimeLimit(TimeLimit.DEFAULT).run("x", () -> 42)).isEqualTo(42);
    }

    @Test
    void passesTheTasksExceptionThroughUnwrapped() {
        TimeLimit limit = new TimeLimit(TimeLimit.DEFAULT);

        assertThatThrownBy(() -> limit.run("x", () -> {
            throw new IOException("broken");
        })).isExactlyInstanceOf(IOException.class).hasMessage("broken");
    }

    @Test
    void describesWholeSecondsInSeconds() {
        TimeLimit limit = new TimeLimit(Duration.ofSeconds(1));

        assertThatThrownBy(() -> limit.run("slow.doc", () -> {
            Thread.sleep(30_000);
            return null;
        })).hasMessage("slow.doc: took longer than the limit of 1 s to read");
    }

    @Test
    void refusesALimitThatIsNotPositive() {
        assertThatThrownBy(() -> new TimeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
