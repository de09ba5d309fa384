package vn.kehoach.parser.table;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The header of a flattened table.
 *
 * @param columns the role of each column
 * @param line the line it starts on
 * @param rest the cells after it (and after a row of column numbers "(1) (2) ..."), where the rows start
 * @param words its text as folded words ({@code Fold.words}), to know it when a page repeats it
 */
record Header(List<ColumnRole> columns, int line, List<Cell> rest, String words) {
    /** Columns that say what a task is: with a lead or a deadline beside them, a table lists tasks. */
    static boolean namesTasks(List<ColumnRole> columns) {
        Set<ColumnRole> roles = columns.isEmpty() ? EnumSet.noneOf(ColumnRole.class) : EnumSet.copyOf(columns);
        return roles.contains(ColumnRole.TASK) && (roles.contains(ColumnRole.LEAD) || roles.contains(ColumnRole.DEADLINE));
    }
}
