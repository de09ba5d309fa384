package vn.kehoach.parser.table;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.kehoach.parser.DocumentReadException;
import vn.kehoach.parser.TestTexts;
import vn.kehoach.parser.extract.TextExtractor;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.TextNormalizer;
import vn.kehoach.parser.outline.LayoutRecognizer;

/**
 * The compact print of recognized tables used by the table tests: a line per table ("table 0 PIPES: NUMBER TASK
 * LEAD ...", appendix -1 in the body), then a line per row: its number ("-" for none), "GROUP" for a group row, the
 * group text it stands under in brackets, then "ROLE=text" for each filled cell but the number, joined by " | ".
 */
final class TablePrint {
    private static final TableRecognizer TABLES = new TableRecognizer();

    private TablePrint() {
    }

    /** Recognizes the tables of a text: HTML when it starts with "<", else plain text. */
    static List<TaskTable> recognize(String input) {
        NormalizedText text = input.startsWith("<") ? html(input) : TestTexts.normalized(input);
        return TABLES.recognize(text, new LayoutRecognizer().recognize(text));
    }

    static String print(List<TaskTable> tables) {
        return tables.stream().map(TablePrint::print).collect(Collectors.joining("\n"));
    }

    static String print(TaskTable t) {
        String head = "table " + t.appendix() + " " + t.form() + ": "
                + t.columns().stream().map(Enum::name).collect(Collectors.joining(" "));
        return head + t.rows().stream().map(r -> "\n" + print(r)).collect(Collectors.joining());
    }

    /** One row, without its line: what every rendering of a table must agree on. */
    static String print(TaskRow r) {
        StringBuilder sb = new StringBuilder(r.number() == null ? "-" : r.number());
        if (r.group()) {
            sb.append(" GROUP");
        }
        if (r.groupText() != null) {
            sb.append(" [").append(r.groupText()).append("]");
        }
        String cells = r.cells().entrySet().stream()
                .filter(e -> e.getKey() != ColumnRole.NUMBER || r.number() == null)
                .map(TablePrint::cell).collect(Collectors.joining(" | "));
        return sb.append(cells.isEmpty() ? "" : " " + cells).toString();
    }

    private static String cell(Map.Entry<ColumnRole, String> e) {
        return e.getKey() + "=" + e.getValue();
    }

    private static NormalizedText html(String input) {
        try {
            return new TextNormalizer().normalize(new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null)
                    .extract(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "test.html"));
        } catch (DocumentReadException e) {
            throw new IllegalStateException(e);
        }
    }
}
