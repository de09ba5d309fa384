package vn.kehoach.parser.normalize;

import java.util.List;
import java.util.Objects;

/**
 * The document as normalized lines, numbered from 1. Table cells are laid out cell by cell, a blank line
 * between cells, so text recognizers see the same shapes as in text extracted from web pages;
 * {@link Line#cell()} says where a line came from. Hard-wrapped lines are joined and web boilerplate is
 * dropped, so a normalized line may come from several source lines: {@link Line#source()} maps each of its
 * characters back to a source line and column, and {@link #sourceLine(int)} is the {@code line} written in
 * the output.
 *
 * @param name the source name
 * @param lines the lines, numbered from 1 in order
 * @param sourceLines the source lines as extracted (legacy fonts decoded, nothing else changed), which
 *     {@link SourceMap} positions refer to; line n is element n - 1
 */
public record NormalizedText(String name, List<Line> lines, List<String> sourceLines) {
    public NormalizedText {
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
        sourceLines = List.copyOf(sourceLines);
    }

    /** Normalized lines without their source text. */
    public NormalizedText(String name, List<Line> lines) {
        this(name, lines, List.of());
    }

    /** The line numbered {@code number} (1-based). */
    public Line line(int number) {
        return lines.get(number - 1);
    }

    /** The source line where normalized line {@code number} starts: what the output calls its {@code line}. */
    public int sourceLine(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1).sourceLine() : Math.max(1, number);
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
     * @param source where each of its characters stands in the source
     */
    public record Line(int number, String text, CellPosition cell, SourceMap source) {
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }

        /** A line that is its own source line, unchanged. */
        public Line(int number, String text, CellPosition cell) {
            this(number, text, cell, SourceMap.identity(number));
        }

        /** The source line of its first character. */
        public int sourceLine() {
            return source.firstLine();
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
     * @param column 0-based grid column of the cell's first column: columns covered by a merged cell to its left
     *     or above (colspan, rowspan) are counted, so cells of one column share it from row to row
     * @param colspan columns the cell covers, at least 1
     * @param rowspan rows the cell covers, at least 1
     */
    public record CellPosition(int table, int row, int column, int colspan, int rowspan) {
        public CellPosition {
            if (colspan < 1 || rowspan < 1) {
                throw new IllegalArgumentException("spans must be at least 1: " + colspan + "x" + rowspan);
            }
        }

        /** A cell that covers one column and one row. */
        public CellPosition(int table, int row, int column) {
            this(table, row, column, 1, 1);
        }
    }
}
