package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;
import vn.kehoach.parser.normalize.SourceMap;

/**
 * Every line is a cell, as PDF text comes. The normalize stage joined the lines of a wrapped paragraph, which in a
 * table also joins two cells ("UBND các huyện, thành phố" and "100% thôn, bản ...", since a line starting with a
 * digit goes on the line before): a normalized line is split again where its source line changes, unless the next
 * source line starts in lower case (then it goes on the same cell: "1.1 Tuyên" / "truyền về"). Which lines belong
 * to one wrapped cell is left to {@link RowFitter}.
 */
final class LineCells implements CellSplitter {
    @Override
    public List<Cell> cells(NormalizedText text, int from, int to) {
        List<Cell> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Line line = text.line(i);
            if (CellSplitter.leaves(text, from, line)) {
                break;
            }
            for (String piece : sourcePieces(line, false)) {
                if (!piece.isBlank() && !piece.strip().equals("|")) {
                    out.add(new Cell(piece.strip(), i));
                }
            }
        }
        return out;
    }

    /**
     * The parts of a normalized line that come from different source lines: all of them, or ({@code all} false)
     * only those that do not start in lower case.
     */
    static List<String> sourcePieces(Line line, boolean all) {
        String t = line.text();
        SourceMap map = line.source();
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int previous = map.at(0).line();
        for (int j = 1; j < t.length(); j++) {
            int source = map.at(j).line();
            if (source != previous && t.charAt(j - 1) == ' ' && (all || !Character.isLowerCase(t.charAt(j)))) {
                pieces.add(t.substring(start, j - 1));
                start = j;
            }
            previous = source;
        }
        pieces.add(t.substring(start));
        return pieces;
    }
}
