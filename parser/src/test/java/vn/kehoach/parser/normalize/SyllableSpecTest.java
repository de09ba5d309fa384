package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/syllables.md}: one line in, the line with its glued words split out. */
class SyllableSpecTest {

    static Stream<Arguments> examples() {
        return SpecExamples.arguments("syllables.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void splitsGluedWordsOnly(SpecExamples.Example example) {
        assertThat(SyllableSplitter.DEFAULT.split(example.input())).isEqualTo(example.expected());
    }
}
