package vn.kehoach.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.extract.TableBlock.TableCell;
import vn.kehoach.parser.extract.TableBlock.TableRow;

/**
 * Collects the rows and cells of one table as its SAX events arrive. Forgiving of broken markup: a cell
 * outside a row opens one, an unclosed cell or row is closed by the next one or by {@link #build()}.
 */
final class TableBuilder {
    /** Spans beyond this are taken as this: a hostile {@code colspan} must not make later stages build huge grids. */
    static final int MAX_SPAN = 1000;

    private final List<TableRow> rows = new ArrayList<>();
    private List<TableCell> cells;
    private StringBuilder cellText;
    private int colspan;
    private int rowspan;

    void startRow() {
        endRow();
        cells = new ArrayList<>();
    }

    void endRow() {
        endCell();
        if (cells != null) {
            rows.add(new TableRow(cells)); // kept even when empty: the rowspans above count it
            cells = null;
        }
    }

    void startCell(int colspan, int rowspan) {
        endCell();
        if (cells == null) {
            cells = new ArrayList<>();
        }
        cellText = new StringBuilder();
        this.colspan = clamp(colspan);
        this.rowspan = clamp(rowspan);
    }

    boolean inCell() {
        return cellText != null;
    }

    /** Adds one paragraph to the open cell; paragraphs are separated by {@code '\n'}. */
    void addParagraph(String text) {
        if (cellText.length() > 0) {
            cellText.append('\n');
        }
        cellText.append(text);
    }

    void endCell() {
        if (cellText != null) {
            cells.add(new TableCell(cellText.toString(), colspan, rowspan));
            cellText = null;
        }
    }

    /** The table, or empty when it has no cell at all. */
    Optional<TableBlock> build() {
        endRow();
        boolean anyCell = rows.stream().anyMatch(r -> !r.cells().isEmpty());
        return anyCell ? Optional.of(new TableBlock(rows)) : Optional.empty();
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(span, MAX_SPAN));
    }
}
