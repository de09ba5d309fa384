package vn.kehoach.parser.validate;

/**
 * Where a finding points in the source, 1-based; both null for the whole document, column null for a whole line.
 */
public record Position(Integer line, Integer column) {
    /** The whole document. */
    public static final Position DOCUMENT = new Position(null, null);

    public Position {
        if (line == null && column != null) {
            throw new IllegalArgumentException("a column needs a line");
        }
    }

    /** A whole source line; line numbers below 1 mean the whole document. */
    public static Position line(int line) {
        return line < 1 ? DOCUMENT : new Position(line, null);
    }
}
