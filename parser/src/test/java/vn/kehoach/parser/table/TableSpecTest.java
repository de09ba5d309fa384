package vn.kehoach.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/tables.md}: a text (or an HTML page) → the compact print of its task tables ({@link TablePrint}). */
class TableSpecTest {
    static Stream<Arguments> examples() {
        return SpecExamples.arguments("tables.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void recognizesTaskTables(SpecExamples.Example example) {
        assertThat(TablePrint.print(TablePrint.recognize(example.input()))).isEqualTo(example.expected());
    }
}
