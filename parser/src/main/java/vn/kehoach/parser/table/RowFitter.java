package vn.kehoach.parser.table;

import java.util.Arrays;
import java.util.List;

/**
 * Puts the cells of one flattened row (its number first) into the table's columns. A row with the header's count
 * of cells fills them in order. A row with fewer fills them from the left, but a last cell that reads as a deadline
 * goes to the deadline column: a lost empty cell is more often inside the row than at its end. A row with more (a
 * cell wrapped over several lines, as in PDF text) is cut into one run of lines per column by {@link WrappedCells}.
 *
 * <p>Thread-safe; immutable.
 */
final class RowFitter {
    static final RowFitter DEFAULT = new RowFitter(WrappedCells.DEFAULT, DeadlineCues.DEFAULT);

    private final WrappedCells wrapped;
    private final DeadlineCues deadlines;

    RowFitter(WrappedCells wrapped, DeadlineCues deadlines) {
        this.wrapped = wrapped;
        this.deadlines = deadlines;
    }

    /** The row of {@code cells} (number first) in a table of these columns, the number in column {@code 0}. */
    RawRow fit(List<Cell> cells, List<ColumnRole> columns) {
        String[] out = new String[columns.size()];
        out[0] = cells.get(0).text();
        List<String> data = cells.subList(1, cells.size()).stream().map(Cell::text).toList();
        int want = columns.size() - 1;
        if (data.size() > want) {
            data = wrapped.join(data, columns.subList(1, columns.size()));
        }
        for (int i = 0; i < data.size(); i++) {
            out[i + 1] = data.get(i);
        }
        int deadline = columns.indexOf(ColumnRole.DEADLINE);
        int last = data.size();
        if (data.size() >= 2 && data.size() < want && deadline > last && deadlines.isDeadline(out[last])) {
            out[deadline] = out[last];
            out[last] = null;
        }
        return new RawRow(Arrays.asList(out), cells.get(0).line(), false);
    }
}
