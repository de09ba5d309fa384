package vn.kehoach.parser.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.normalize.TextNormalizer;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/targets.md}: an objective's text in; one line per target, "comparator value unit | horizon end". */
class TargetSpecTest {
    private static final TargetParser TARGETS = new TargetParser();

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("targets.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsTargets(SpecExamples.Example example) {
        String printed = TARGETS.parse(TextNormalizer.normalizeLine(example.input())).stream()
                .map(t -> t.comparator() + " " + t.value().toPlainString() + " " + t.unit() + " | "
                        + (t.deadline() == null ? "-" : t.deadline().end()))
                .collect(Collectors.joining("\n"));
        assertThat(printed.isEmpty() ? "none" : printed).isEqualTo(example.expected());
    }
}
