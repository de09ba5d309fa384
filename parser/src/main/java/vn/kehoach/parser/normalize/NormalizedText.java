package vn.kehoach.parser.normalize;

import java.util.List;
import java.util.Objects;

/**
 * The document as normalized lines. Line numbers are 1-based and are the {@code line} of every element of
 * the output. Table cells are laid out cell by cell, a blank line between cells, so text recognizers see
 * the same shapes as in text extracted from web pages; {@link Line#cell()} says where a line came from.
 *
 * @param name the source name
 * @param lines the lines, numbered from 1 in order
 */
public record NormalizedText(String name, List<Line> lines) {
    public NormalizedText {
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
    }

    /** The line numbered {@code number} (1-based). */
    public Line line(int number) {
        return lines.get(number - 1);
    }

    /** Number of lines. */
    public int size() {
        return lines.size();
    }

    /** Total characters, counting one per line break. */
    public int characters() {
        int n = 0;
        for (Line l : lines) {
            n += l.text().length() + 1;
        }
        return Math.max(0, n - 1);
    }

    /**
     * One normalized line.
     *
     * @param number 1-based line number
     * @param text the normalized text, without line break
     * @param cell where it came from inside a table, or null outside tables
     */
    public record Line(int number, String text, CellPosition cell) {
        public Line {
            Objects.requireNonNull(text, "text");
        }

        /** True when the line has nothing but white space. */
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /**
     * Position of a table cell.
     *
     * @param table 0-based index of the table in the document
     * @param row 0-based row
     * @param column 0-based cell index within the row
     */
    public record CellPosition(int table, int row, int column) {
    }
}
