package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.spec.SpecExamples;

/**
 * {@code spec/normalize-line.md}: one line in, the normalized line out; {@code spec/fold.md}: text in, its
 * folded form out; {@code spec/casing.md}: text in capitals in, printed case out.
 */
class NormalizeSpecTest {

    static Stream<Arguments> lines() {
        return SpecExamples.arguments("normalize-line.md");
    }

    static Stream<Arguments> folds() {
        return SpecExamples.arguments("fold.md");
    }

    static Stream<Arguments> casings() {
        return SpecExamples.arguments("casing.md");
    }

    @ParameterizedTest
    @MethodSource("lines")
    void normalizesLine(SpecExamples.Example example) {
        assertThat(TextNormalizer.normalizeLine(unescape(example.input()))).isEqualTo(example.expected());
    }

    @ParameterizedTest
    @MethodSource("folds")
    void foldsToAsciiOfTheSameLength(SpecExamples.Example example) {
        String input = TextNormalizer.normalizeLine(example.input());
        assertThat(Fold.fold(input)).isEqualTo(example.expected()).hasSameSizeAs(input);
    }

    @ParameterizedTest
    @MethodSource("casings")
    void restoresPrintedCase(SpecExamples.Example example) {
        assertThat(Casing.DEFAULT.restore(example.input())).isEqualTo(example.expected());
    }

    /** Spec files write invisible characters as \\uXXXX. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
