package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * Cells separated by "|": a line holding only "|" closes the cell above it (an immediate "|" is an empty cell),
 * so a cell wrapped over several lines stays one; in a line with "|" inside ("1 | Xây dựng ... | Sở Nội vụ"), each
 * part is a cell and the line's end closes the last one. Blank lines and "|---|" rules are ignored.
 */
final class PipeCells implements CellSplitter {
    @Override
    public List<Cell> cells(NormalizedText text, int from, int to) {
        List<Cell> out = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        int openLine = 0;
        for (int i = from; i <= to; i++) {
            Line line = text.line(i);
            if (line.cell() != null) {
                break;
            }
            String t = line.text().strip();
            if (t.isEmpty() || isRule(t)) {
                continue;
            }
            if (t.chars().allMatch(c -> c == '|' || c == ' ')) {
                for (int k = 0; k < t.chars().filter(c -> c == '|').count(); k++) {
                    out.add(new Cell(open.toString(), openLine == 0 ? i : openLine));
                    open.setLength(0);
                    openLine = 0;
                }
                continue;
            }
            if (t.indexOf('|') < 0) {
                open.append(open.length() == 0 ? "" : " ").append(t);
                openLine = openLine == 0 ? i : openLine;
                continue;
            }
            String inner = t.replaceAll("^\\|\\s*", "").replaceAll("\\s*\\|$", "");
            String[] parts = inner.split("\\|", -1);
            for (int k = 0; k < parts.length; k++) {
                String p = parts[k].strip();
                if (k == 0 && open.length() > 0) {
                    p = open + (p.isEmpty() ? "" : " " + p);
                }
                out.add(new Cell(p, k == 0 && openLine != 0 ? openLine : i));
                open.setLength(0);
                openLine = 0;
            }
        }
        if (open.length() > 0) {
            out.add(new Cell(open.toString(), openLine));
        }
        return out;
    }

    /** A Markdown rule such as "|---|:---:|". */
    private static boolean isRule(String t) {
        return t.indexOf('|') >= 0 && t.indexOf('-') >= 0 && t.chars().allMatch(c -> "|-:= ".indexOf(c) >= 0);
    }
}
