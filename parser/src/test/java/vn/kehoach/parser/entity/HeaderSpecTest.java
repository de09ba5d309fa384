package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.TestTexts;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.LayoutRecognizer;
import vn.kehoach.parser.spec.SpecExamples;

/** The header examples of {@code spec/header.md}: issuer, motto, number, place and date, type, title, period. */
class HeaderSpecTest {
    private static final LayoutRecognizer LAYOUTS = new LayoutRecognizer();
    private static final HeaderRecognizer HEADERS = new HeaderRecognizer();
    private static final PeriodRecognizer PERIODS = new PeriodRecognizer();

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("header.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsHeader(SpecExamples.Example example) {
        assertThat(print(example.input())).isEqualTo(example.expected());
    }

    static String print(String input) {
        NormalizedText text = TestTexts.normalized(input);
        Layout layout = LAYOUTS.recognize(text);
        Header h = HEADERS.recognize(text, layout);
        var period = PERIODS.recognize(h.title(), vn.kehoach.parser.entity.LegalBasisRecognizer.preamble(text, layout));
        return String.join("\n",
                "type: " + h.type(),
                "number: " + TestTexts.show(h.number().map(SymbolParser.Found::text).orElse(null)),
                "issuer: " + TestTexts.show(h.issuer() == null ? null : h.issuer().name()),
                "parent: " + TestTexts.show(h.parentIssuer() == null ? null : h.parentIssuer().name()),
                "place: " + TestTexts.show(h.place()),
                "issuedOn: " + TestTexts.show(h.issueDate() == null ? null : h.issueDate().date().orElse(null)),
                "title: " + TestTexts.show(h.title()),
                "period: " + period.map(p -> p.from() + "-" + p.to()).orElse("-"),
                "motto: " + (h.mottoLine() > 0 ? "line " + text.sourceLine(h.mottoLine()) : "-"));
    }
}
