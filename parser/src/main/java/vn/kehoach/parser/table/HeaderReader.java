package vn.kehoach.parser.table;

import java.util.List;
import java.util.Optional;

/** Reads a task-table header from the cells of a flattened table, its first cell first. */
interface HeaderReader {
    /** At most this many columns. */
    int MAX_COLUMNS = 16;

    /** The header starting at the first cell, if the cells open a task table. */
    Optional<Header> read(List<Cell> cells);

    static HeaderReader of(TableForm form) {
        return form == TableForm.LINES ? new WordHeaderReader(HeaderTitles.DEFAULT)
                : new CellHeaderReader(HeaderTitles.DEFAULT);
    }
}
