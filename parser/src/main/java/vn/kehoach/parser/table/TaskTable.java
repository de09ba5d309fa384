package vn.kehoach.parser.table;

import java.util.List;

/**
 * A task table: a table whose header names a task column and a lead or a deadline column.
 *
 * @param appendix the index of the appendix it stands in ({@code Layout.appendices()}), or -1 before the first
 *     appendix (a table in the body)
 * @param columns the role of each column, left to right
 * @param rows the rows below the header, group rows included, in order
 * @param headerLine the normalized line where the header starts
 * @param form how the table reached the text
 */
public record TaskTable(int appendix, List<ColumnRole> columns, List<TaskRow> rows, int headerLine, TableForm form) {
    public TaskTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The rows that are tasks: every row but the group rows. */
    public List<TaskRow> tasks() {
        return rows.stream().filter(r -> !r.group()).toList();
    }
}
