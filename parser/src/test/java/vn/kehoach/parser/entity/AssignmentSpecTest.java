package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.Agency;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.spec.SpecExamples;

/**
 * {@code spec/body-tasks.md} and {@code spec/responsibilities.md}: a document in; one line per body task
 * ("ref | text | lead | cooperating") or per responsibility ("agency | duties").
 */
class AssignmentSpecTest {
    private static final PlanParser PARSER = PlanParser.builder().build();

    static Stream<Arguments> tasks() {
        return SpecExamples.arguments("body-tasks.md");
    }

    static Stream<Arguments> responsibilities() {
        return SpecExamples.arguments("responsibilities.md");
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void readsBodyTasks(SpecExamples.Example example) {
        PlanDocument doc = PARSER.parse(example.input());
        String printed = doc.tasks().stream()
                .map(t -> t.ref() + " | " + t.text() + " | " + names(t.lead()) + " | " + names(t.cooperating()))
                .collect(Collectors.joining("\n"));
        assertThat(printed).isEqualTo(example.expected());
    }

    @ParameterizedTest
    @MethodSource("responsibilities")
    void readsResponsibilities(SpecExamples.Example example) {
        PlanDocument doc = PARSER.parse(example.input());
        String printed = doc.responsibilities().stream()
                .map(r -> r.agency().name() + " | " + r.duties().size())
                .collect(Collectors.joining("\n"));
        assertThat(printed).isEqualTo(example.expected());
    }

    private static String names(List<Agency> agencies) {
        return agencies.stream().map(Agency::name).collect(Collectors.joining("; "));
    }
}
