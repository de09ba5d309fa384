package vn.kehoach.parser.table;

import java.util.List;
import vn.kehoach.parser.normalize.NormalizedText;

/** Reads the cells of a table flattened to text, in reading order: one implementation per {@link TableForm}. */
interface CellSplitter {
    /** The cells of lines {@code from} to {@code to} (inclusive), stopping before a line of a real table. */
    List<Cell> cells(NormalizedText text, int from, int to);

    /** The splitter of a flattened form. */
    static CellSplitter of(TableForm form) {
        return switch (form) {
            case PIPES -> new PipeCells();
            case PARAGRAPHS -> new ParagraphCells();
            case LINES -> new LineCells();
            case GRID -> throw new IllegalArgumentException("a real table has no text form");
        };
    }
}
