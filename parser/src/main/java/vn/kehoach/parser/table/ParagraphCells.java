package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/** One cell per paragraph: the lines between two blank lines are one cell, joined with spaces. */
final class ParagraphCells implements CellSplitter {
    @Override
    public List<Cell> cells(NormalizedText text, int from, int to) {
        List<Cell> out = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        int openLine = 0;
        for (int i = from; i <= to; i++) {
            Line line = text.line(i);
            if (CellSplitter.leaves(text, from, line)) {
                break;
            }
            String t = line.text().strip();
            if (t.isEmpty()) {
                if (open.length() > 0) {
                    out.add(new Cell(open.toString(), openLine));
                    open.setLength(0);
                }
                continue;
            }
            if (open.length() == 0) {
                openLine = i;
            }
            open.append(open.length() == 0 ? "" : " ").append(t);
        }
        if (open.length() > 0) {
            out.add(new Cell(open.toString(), openLine));
        }
        return out;
    }
}
