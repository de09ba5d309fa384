package vn.kehoach.parser.table;

import java.util.List;
import vn.kehoach.parser.normalize.Fold;

/** The row of column numbers some tables print under the header: "(1) (2) (3) (4) (5)", or "1 2 3 4 5". */
final class ColumnNumbers {
    private ColumnNumbers() {
    }

    /** How many cells from {@code from} hold the numbers 1 to {@code columns} in order: 0 when they do not. */
    static int length(List<Cell> cells, int from, int columns) {
        int expected = 1;
        for (int i = from; i < cells.size() && i < from + columns; i++) {
            String w = Fold.words(cells.get(i).text());
            if (w.isEmpty()) {
                return 0;
            }
            for (String n : w.split(" ")) {
                if (!n.equals(String.valueOf(expected))) {
                    return 0;
                }
                expected++;
            }
            if (expected > columns) {
                return i - from + 1;
            }
        }
        return 0;
    }

    /** True when the texts are the numbers 1 to n in order ("(1)", "2", ...). */
    static boolean isRow(List<String> texts) {
        int expected = 1;
        for (String t : texts) {
            if (t == null || !Fold.words(t).equals(String.valueOf(expected))) {
                return false;
            }
            expected++;
        }
        return expected > 3;
    }
}
