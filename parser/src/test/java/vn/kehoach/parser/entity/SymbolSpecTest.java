package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.TestTexts;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/symbols.md}: the first number and symbol found in a phrase, and its parts. */
class SymbolSpecTest {
    private static final SymbolParser SYMBOLS = new SymbolParser();

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("symbols.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsSymbol(SpecExamples.Example example) {
        String printed = SYMBOLS.find(example.input(), 0, false).map(f -> f.text() + " | number "
                + TestTexts.show(f.symbol().number()) + " | year " + TestTexts.show(f.symbol().year()) + " | type "
                + TestTexts.show(f.symbol().typeCode()) + " | issuer " + TestTexts.show(f.symbol().issuerCode()))
                .orElse("none");
        assertThat(printed).isEqualTo(example.expected());
    }
}
