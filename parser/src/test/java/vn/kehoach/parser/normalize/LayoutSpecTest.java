package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.TestTexts;
import vn.kehoach.parser.spec.SpecExamples;

/**
 * {@code spec/paragraphs.md}: plain text in; out, one line per normalized line, "source line: text" —
 * hard-wrapped lines joined, items, headings, header cells and signature lines kept, boilerplate dropped.
 */
class LayoutSpecTest {

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("paragraphs.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void joinsHardWrapsAndDropsBoilerplate(SpecExamples.Example example) {
        NormalizedText text = TestTexts.normalized(example.input());
        String printed = text.lines().stream().map(l -> l.sourceLine() + ": " + l.text())
                .collect(Collectors.joining("\n"));
        assertThat(printed).isEqualTo(example.expected());
    }
}
