package vn.kehoach.parser.table;

import java.util.Arrays;
import java.util.List;

/**
 * Puts the cells of one flattened row (its number first) into the table's columns. A row with the header's count
 * of cells fills them in order; a row with more (a cell wrapped over several lines, as in PDF text) or fewer (empty
 * cells a web page dropped: "Quý IV/2025" still goes to the deadline column) is laid out by {@link WrappedCells}.
 *
 * <p>Thread-safe; immutable.
 */
final class RowFitter {
    static final RowFitter DEFAULT = new RowFitter(WrappedCells.DEFAULT);

    private final WrappedCells wrapped;

    RowFitter(WrappedCells wrapped) {
        this.wrapped = wrapped;
    }

    /** The row of {@code cells} (number first) in a table of these columns, the number in column {@code 0}. */
    RawRow fit(List<Cell> cells, List<ColumnRole> columns) {
        String[] out = new String[columns.size()];
        out[0] = cells.get(0).text();
        List<String> data = cells.subList(1, cells.size()).stream().map(Cell::text).toList();
        if (data.size() != columns.size() - 1 && !data.isEmpty()) {
            data = wrapped.join(data, columns.subList(1, columns.size()));
        }
        for (int i = 0; i < data.size(); i++) {
            out[i + 1] = data.get(i);
        }
        return new RawRow(Arrays.asList(out), cells.get(0).line(), false);
    }
}
