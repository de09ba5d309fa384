package vn.kehoach.parser.table;

import java.util.List;
import vn.kehoach.parser.normalize.NormalizedText;

/** Reads the cells of a table flattened to text, in reading order: one implementation per {@link TableForm}. */
interface CellSplitter {
    /**
     * The cells of lines {@code from} to {@code to} (inclusive), stopping where the text leaves the real table cell
     * line {@code from} stands in (a table nested in a layout cell comes as that cell's paragraphs), or enters one.
     */
    List<Cell> cells(NormalizedText text, int from, int to);

    /** True when {@code line} lies in another real table cell than line {@code from}. */
    static boolean leaves(NormalizedText text, int from, NormalizedText.Line line) {
        return line.cell() != null && !line.cell().equals(text.line(from).cell());
    }

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
