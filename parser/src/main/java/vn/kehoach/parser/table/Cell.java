package vn.kehoach.parser.table;

/**
 * One cell of a flattened table, as read from the text.
 *
 * @param text its lines joined with spaces ("" for an empty cell)
 * @param line the normalized line it starts on
 */
record Cell(String text, int line) {
    Cell withText(String t) {
        return new Cell(t, line);
    }

    boolean isEmpty() {
        return text.isBlank();
    }
}
