package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/objectives.md}: a document in; one line per objective, "ref kind line | text | targets". */
class ObjectiveSpecTest {
    private static final PlanParser PARSER = PlanParser.builder().build();

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("objectives.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsObjectives(SpecExamples.Example example) {
        PlanDocument doc = PARSER.parse(example.input());
        String printed = doc.objectives().stream()
                .map(o -> o.ref() + " " + o.kind() + " " + o.line() + " | " + o.text() + " | " + o.targets().size())
                .collect(Collectors.joining("\n"));
        assertThat(printed).isEqualTo(example.expected());
    }
}
