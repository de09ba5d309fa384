package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * Cells separated by "|": a line holding only "|" closes the cell above it (an immediate "|" is an empty cell),
 * so a cell wrapped over several lines stays one; in a line with "|" inside ("1 | Xây dựng ... | Sở Nội vụ"), each
 * part is a cell and the end of its source line closes the last one (the normalize stage may have joined two rows'
 * lines). Blank lines and "|---|" rules are ignored.
 */
final class PipeCells implements CellSplitter {
    @Override
    public List<Cell> cells(NormalizedText text, int from, int to) {
        Reader r = new Reader();
        for (int i = from; i <= to; i++) {
            Line line = text.line(i);
            if (CellSplitter.leaves(text, from, line)) {
                break;
            }
            for (String piece : LineCells.sourcePieces(line, true)) {
                r.read(piece.strip(), i);
            }
        }
        r.close(0);
        return r.out;
    }

    /** The cells read so far and the one still open. */
    private static final class Reader {
        final List<Cell> out = new ArrayList<>();
        final StringBuilder open = new StringBuilder();
        int openLine;

        void read(String t, int line) {
            if (t.isEmpty() || isRule(t)) {
                return;
            }
            if (t.chars().allMatch(c -> c == '|' || c == ' ')) {
                t.chars().filter(c -> c == '|').forEach(c -> emit(line));
                return;
            }
            if (t.indexOf('|') < 0) {
                append(t, line);
                return;
            }
            String inner = t.replaceAll("^\\|\\s*", "").replaceAll("\\s*\\|$", "");
            for (String part : inner.split("\\|", -1)) {
                append(part.strip(), line);
                emit(line);
            }
        }

        void append(String t, int line) {
            if (t.isEmpty()) {
                return;
            }
            open.append(open.length() == 0 ? "" : " ").append(t);
            openLine = openLine == 0 ? line : openLine;
        }

        void emit(int line) {
            out.add(new Cell(open.toString(), openLine == 0 ? line : openLine));
            open.setLength(0);
            openLine = 0;
        }

        void close(int line) {
            if (open.length() > 0) {
                emit(line);
            }
        }
    }

    /** A Markdown rule such as "|---|:---:|". */
    private static boolean isRule(String t) {
        return t.indexOf('|') >= 0 && t.indexOf('-') >= 0 && t.chars().allMatch(c -> "|-:= ".indexOf(c) >= 0);
    }
}
