package vn.kehoach.parser.table;

import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.normalize.NormalizedText;

/**
 * A table flattened to text, read from the line where its header starts: the form from the lines after that one
 * (a line of "|" → {@link TableForm#PIPES}; a blank line → {@link TableForm#PARAGRAPHS}; else
 * {@link TableForm#LINES}), then the cells, the header and the rows.
 *
 * <p>Thread-safe; immutable.
 */
final class TextTables {
    /** Lines read to try a header before the whole table is read. */
    private static final int HEADER_WINDOW = 60;

    private final FlatRows rows;

    TextTables(FlatRows rows) {
        this.rows = rows;
    }

    /**
     * A flattened table.
     *
     * @param header its header
     * @param rows its rows
     * @param lastLine the last line it takes
     * @param form how it was flattened
     */
    record Flat(Header header, List<RawRow> rows, int lastLine, TableForm form) {
    }

    /** The task table whose header starts at line {@code start}, read no further than line {@code end}. */
    Optional<Flat> read(NormalizedText text, int start, int end) {
        TableForm form = form(text, start, end);
        CellSplitter cells = CellSplitter.of(form);
        HeaderReader headers = HeaderReader.of(form);
        if (headers.read(cells.cells(text, start, Math.min(end, start + HEADER_WINDOW))).isEmpty()) {
            return Optional.empty();
        }
        Optional<Header> header = headers.read(cells.cells(text, start, end));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        FlatRows.Result result = rows.assemble(header.get(), form);
        if (result.rows().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Flat(header.get(), result.rows(), result.lastLine(), form));
    }

    static TableForm form(NormalizedText text, int start, int end) {
        String first = text.line(start).text().strip();
        if (first.indexOf('|') >= 0) {
            return TableForm.PIPES;
        }
        boolean blank = false;
        for (int i = start + 1; i <= end; i++) {
            String t = text.line(i).text().strip();
            if (t.isEmpty()) {
                blank = true;
                continue;
            }
            if (t.chars().allMatch(c -> c == '|' || c == ' ')) {
                return TableForm.PIPES;
            }
            return blank ? TableForm.PARAGRAPHS : TableForm.LINES;
        }
        return TableForm.LINES;
    }
}
