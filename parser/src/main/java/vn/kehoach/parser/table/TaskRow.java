package vn.kehoach.parser.table;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a task table.
 *
 * @param number the row number as printed, without a trailing "." or ")" ("1", "1.1", "II", "a"), or null when the
 *     row has none
 * @param groupText the task text of the nearest group row above (row "1" for rows "1.1", "1.2"; a Roman row; a
 *     title row), or null
 * @param cells the text of each column by role, the lines of a wrapped cell joined with spaces; an empty cell has
 *     no entry; two columns of one role ("Kinh phí", "Ghi chú" as OTHER) are joined with "; "
 * @param group true for a row that only groups the rows below it: it is not a task itself
 * @param line the normalized line where the row starts
 */
public record TaskRow(String number, String groupText, Map<ColumnRole, String> cells, boolean group, int line) {
    public TaskRow {
        Objects.requireNonNull(cells, "cells");
        cells = cells.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(cells));
    }

    /** The text of the column with this role, if the row has it. */
    public Optional<String> cell(ColumnRole role) {
        return Optional.ofNullable(cells.get(role));
    }
}
