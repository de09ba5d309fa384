package vn.kehoach.parser.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.TestTexts;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/outline.md}: one line per heading, "path role line heading", indented by depth. */
class OutlineSpecTest {
    private static final LayoutRecognizer LAYOUTS = new LayoutRecognizer();
    private static final OutlineRecognizer OUTLINES = new OutlineRecognizer();

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("outline.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void buildsOutline(SpecExamples.Example example) {
        NormalizedText text = TestTexts.normalized(example.input());
        Outline outline = OUTLINES.recognize(text, LAYOUTS.recognize(text));
        String printed = outline.headings().stream()
                .map(h -> "  ".repeat(h.depth()) + h.path() + " " + h.role() + " " + h.line() + " " + h.text())
                .collect(Collectors.joining("\n"));
        assertThat(printed).isEqualTo(example.expected());
    }
}
