package vn.kehoach.parser.extract;

import java.util.List;

/**
 * A table as the format kept it: rows of cells, with spans where the format records them.
 *
 * @param rows the rows in order
 */
public record TableBlock(List<TableRow> rows) implements Block {
    public TableBlock {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param cells the cells in order
     */
    public record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell. Paragraphs inside the cell are separated by {@code '\n'}.
     *
     * @param text the cell text
     * @param colspan columns covered, at least 1
     * @param rowspan rows covered, at least 1
     */
    public record TableCell(String text, int colspan, int rowspan) {
        public TableCell {
            java.util.Objects.requireNonNull(text, "text");
            if (colspan < 1 || rowspan < 1) {
                throw new IllegalArgumentException("spans must be at least 1: " + colspan + "x" + rowspan);
            }
        }
    }
}
