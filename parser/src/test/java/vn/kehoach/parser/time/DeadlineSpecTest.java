package vn.kehoach.parser.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.spec.SpecExamples;

/**
 * {@code spec/deadlines.md}: a deadline phrase read with {@link DeadlineParser#read}; {@code
 * spec/deadline-mentions.md}: the deadlines {@link DeadlineParser#find} finds in running text. The print is
 * {@link DeadlinePrint}'s.
 */
class DeadlineSpecTest {
    private static final DeadlineParser PARSER = new DeadlineParser();

    static Stream<Arguments> deadlines() {
        return SpecExamples.arguments("deadlines.md");
    }

    static Stream<Arguments> mentions() {
        return SpecExamples.arguments("deadline-mentions.md");
    }

    @ParameterizedTest
    @MethodSource("deadlines")
    void readsDeadlinePhrase(SpecExamples.Example example) {
        DeadlinePrint.Input in = DeadlinePrint.Input.of(example.input());
        DeadlineReading r = PARSER.read(in.text(), in.context());
        assertThat(DeadlinePrint.print(r.deadline(), r.issues())).isEqualTo(example.expected());
    }

    @ParameterizedTest
    @MethodSource("mentions")
    void findsDeadlinesInRunningText(SpecExamples.Example example) {
        DeadlinePrint.Input in = DeadlinePrint.Input.of(example.input());
        List<DeadlineMention> found = PARSER.find(in.text(), in.context());
        String printed = found.stream()
                .map(m -> "\"" + in.text().substring(m.start(), m.end()).replaceAll("\\s+", " ") + "\" "
                        + DeadlinePrint.deadline(m.deadline()))
                .collect(Collectors.joining("\n"));
        assertThat(printed.isEmpty() ? "none" : printed).isEqualTo(example.expected());
    }
}
