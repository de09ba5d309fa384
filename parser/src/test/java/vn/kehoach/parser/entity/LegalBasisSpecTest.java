package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.TestTexts;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.LayoutRecognizer;
import vn.kehoach.parser.spec.SpecExamples;

/** The examples of {@code spec/legal-bases.md}: one line per cited document, "type | number | date | issuer | line". */
class LegalBasisSpecTest {
    private static final LayoutRecognizer LAYOUTS = new LayoutRecognizer();
    private static final LegalBasisRecognizer BASES = new LegalBasisRecognizer();

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("legal-bases.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsLegalBases(SpecExamples.Example example) {
        NormalizedText text = TestTexts.normalized(example.input());
        String printed = BASES.recognize(text, LAYOUTS.recognize(text)).stream()
                .map(b -> String.join(" | ", b.type(), TestTexts.show(b.number()), TestTexts.show(b.issuedOn()),
                        TestTexts.show(b.issuer()), "line " + b.line()))
                .collect(Collectors.joining("\n"));
        assertThat(printed).isEqualTo(example.expected());
    }
}
