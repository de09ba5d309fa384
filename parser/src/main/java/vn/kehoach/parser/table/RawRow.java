package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row as the table gave it, before its number and group are read.
 *
 * @param cells the text of each column, null where empty
 * @param line the normalized line it starts on
 * @param title true when one merged cell covers the task column and every column after it: a title row
 */
record RawRow(List<String> cells, int line, boolean title) {
    RawRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells)); // nulls allowed: empty cells
    }

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }
}
