package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingTest {

    @Test
    void quietWithoutVerboseFlags() {
        assertThat(Logging.verbosity(new String[] {"convert", "plan.txt", "-o", "v"})).isZero();
    }

    @Test
    void countsShortLongAndClusteredFlags() {
        assertThat(Logging.verbosity(new String[] {"convert", "-v", "plan.txt"})).isEqualTo(1);
        assertThat(Logging.verbosity(new String[] {"--verbose", "convert", "-v"})).isEqualTo(2);
        assertThat(Logging.verbosity(new String[] {"convert", "-vv"})).isEqualTo(2);
    }

    @Test
    void stopsAtDoubleDash() {
        assertThat(Logging.verbosity(new String[] {"convert", "--", "-v"})).isZero();
    }
}
