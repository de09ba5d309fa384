package vn.kehoach.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.parser.extract.TextExtractor;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.TextNormalizer;
import vn.kehoach.parser.outline.LayoutRecognizer;

/**
 * One plan rendered in every format the parser reads (src/test/resources/renderings) gives the same task rows: number,
 * group, group text and every cell by role, whatever form the table reached the text in (one cell per paragraph in
 * the TXT, real tables in DOCX, DOC, ODT and HTML, one line per cell in RTF and in the PDF drawn line by line).
 */
class RenderedTablesTest {
    private static final String PLAN = "renderings/ke-hoach-chuyen-doi-so.";

    @Test
    void textRenderingHasTheAppendixTable() throws Exception {
        List<TaskTable> tables = recognize("txt");

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.appendix()).isZero();
            assertThat(t.columns()).containsExactly(ColumnRole.NUMBER, ColumnRole.TASK, ColumnRole.LEAD,
                    ColumnRole.COOPERATING, ColumnRole.PRODUCT, ColumnRole.DEADLINE);
            assertThat(t.rows()).hasSize(18);
            assertThat(t.tasks()).hasSize(13);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "doc", "odt", "html", "rtf", "pdf"})
    void renderingGivesTheSameRowsAsText(String format) throws Exception {
        assertThat(rows(format)).as("%s%s against %stxt", PLAN, format, PLAN).isEqualTo(rows("txt"));
    }

    /**
     * A PDF laid out by a word processor puts the lines of side-by-side cells in an order of their own: the rows and
     * their groups still come out, the cells of a row only as far as their lines can be told apart.
     */
    @Test
    void wordProcessorPdfGivesTheSameRowNumbersAndGroups() throws Exception {
        assertThat(numbers("libreoffice.pdf")).isEqualTo(numbers("txt"));
    }

    private static List<String> rows(String format) throws Exception {
        return recognize(format).stream().flatMap(t -> t.rows().stream()).map(TablePrint::print).toList();
    }

    private static List<String> numbers(String format) throws Exception {
        return recognize(format).stream().flatMap(t -> t.rows().stream())
                .map(r -> r.number() + (r.group() ? " GROUP" : "")).toList();
    }

    private static List<TaskTable> recognize(String format) throws Exception {
        try (InputStream in = RenderedTablesTest.class.getResourceAsStream("/" + PLAN + format)) {
            assertThat(in).as("test resource %s%s", PLAN, format).isNotNull();
            NormalizedText text = new TextNormalizer().normalize(
                    new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null).extract(in, PLAN + format));
            return new TableRecognizer().recognize(text, new LayoutRecognizer().recognize(text));
        }
    }
}
