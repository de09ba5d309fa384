package vn.kehoach.parser.normalize;

import java.util.Arrays;

/**
 * Maps every character of one normalized line back to its position in the source. Stored as segments: from
 * each segment's start on, offsets advance one source column per character, so a line that normalization
 * left alone costs one segment. Immutable.
 */
public final class SourceMap {
    private final int[] offsets;
    private final int[] lines;
    private final int[] columns;

    private SourceMap(int[] offsets, int[] lines, int[] columns) {
        this.offsets = offsets;
        this.lines = lines;
        this.columns = columns;
    }

    /** A line that maps one to one onto source line {@code line} from column 1. */
    public static SourceMap identity(int line) {
        return new SourceMap(new int[] {0}, new int[] {line}, new int[] {1});
    }

    /** The source position of the character at {@code offset} (an offset past the end maps to the last one). */
    public SourcePosition at(int offset) {
        int i = Arrays.binarySearch(offsets, Math.max(0, offset));
        if (i < 0) {
            i = -i - 2;
        }
        return new SourcePosition(lines[i], columns[i] + Math.max(0, offset) - offsets[i]);
    }

    /** The source line of the first character. */
    public int firstLine() {
        return lines[0];
    }

    /**
     * The map of {@code normalized}, made from {@code raw} (source line {@code line}) by deleting characters
     * (spaces, invisible ones, combining marks composed into their letter), inserting spaces, and replacing
     * characters (tone marks moved, legacy letters converted). Aligns the two strings on their folded forms in
     * one pass; where they disagree it keeps both advancing, so positions stay close.
     */
    public static SourceMap align(String raw, int line, String normalized) {
        if (raw.equals(normalized)) {
            return identity(line);
        }
        Builder b = new Builder();
        int i = 0;
        for (int j = 0; j < normalized.length(); j++) {
            char n = normalized.charAt(j);
            while (i < raw.length() && isDropped(raw.charAt(i)) && !(n == ' ' && Character.isWhitespace(raw.charAt(i)))) {
                i++;
            }
            if (n == ' ' && i < raw.length() && !Character.isWhitespace(raw.charAt(i))) {
                b.add(j, line, i + 1); // a space put between glued words: it stands before the next character
                continue;
            }
            b.add(j, line, Math.min(i, Math.max(0, raw.length() - 1)) + 1);
            if (i < raw.length()) {
                i++;
                while (n == ' ' && i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
                    i++; // a run of spaces became one
                }
                while (i < raw.length() && Character.getType(raw.charAt(i)) == Character.NON_SPACING_MARK) {
                    i++; // marks composed into the letter before them
                }
            }
        }
        return b.build(line);
    }

    /** This map followed by {@code next}, which starts {@code offset} characters into the joined line. */
    public SourceMap append(int offset, SourceMap next) {
        int n = offsets.length;
        int m = next.offsets.length;
        int[] o = Arrays.copyOf(offsets, n + m);
        int[] l = Arrays.copyOf(lines, n + m);
        int[] c = Arrays.copyOf(columns, n + m);
        for (int k = 0; k < m; k++) {
            o[n + k] = next.offsets[k] + offset;
            l[n + k] = next.lines[k];
            c[n + k] = next.columns[k];
        }
        return new SourceMap(o, l, c);
    }

    private static boolean isDropped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    /** Collects offset → (line, column) pairs, starting a segment only where the run of columns breaks. */
    private static final class Builder {
        private int[] offsets = new int[4];
        private int[] lines = new int[4];
        private int[] columns = new int[4];
        private int size;

        void add(int offset, int line, int column) {
            if (size > 0 && lines[size - 1] == line && columns[size - 1] + (offset - offsets[size - 1]) == column) {
                return;
            }
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                columns = Arrays.copyOf(columns, size * 2);
            }
            offsets[size] = offset;
            lines[size] = line;
            columns[size] = column;
            size++;
        }

        SourceMap build(int line) {
            if (size == 0) {
                return identity(line);
            }
            return new SourceMap(Arrays.copyOf(offsets, size), Arrays.copyOf(lines, size), Arrays.copyOf(columns, size));
        }
    }
}
