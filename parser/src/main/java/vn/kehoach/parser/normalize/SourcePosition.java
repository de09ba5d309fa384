package vn.kehoach.parser.normalize;

/**
 * A place in the source: the line as laid out by the extract stage (for plain text, the line of the file)
 * and the column in it, both 1-based.
 *
 * @param line 1-based source line
 * @param column 1-based column (UTF-16 code units) in that line
 */
public record SourcePosition(int line, int column) {
}
