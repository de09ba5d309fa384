package vn.kehoach.parser.table;

import java.util.List;
import vn.kehoach.parser.normalize.Fold;

/**
 * A table's header printed again inside it, as PDF text repeats it on every page: the cells from a given one whose
 * words are the header's, the last one perhaps going on with the first row ("Thời gian hoàn thành 5.1 Phê duyệt").
 */
final class HeaderRepeat {
    private HeaderRepeat() {
    }

    /**
     * How many cells from {@code from} repeat the header, 0 when they do not; a last cell that goes on past the
     * header is cut to what follows it, and not counted.
     */
    static int length(List<Cell> cells, int from, String header) {
        if (header.isEmpty()) {
            return 0;
        }
        String seen = "";
        for (int k = from; k < cells.size(); k++) {
            String w = Fold.words(cells.get(k).text());
            if (w.isEmpty()) {
                continue;
            }
            String joined = seen.isEmpty() ? w : seen + " " + w;
            if (joined.equals(header)) {
                return k - from + 1;
            }
            if (header.startsWith(joined + " ")) {
                seen = joined;
                continue;
            }
            if (!seen.isEmpty() && joined.startsWith(header + " ")) {
                Cell c = cells.get(k);
                cells.set(k, c.withText(after(c.text(), header.substring(seen.length()).strip())));
                return k - from;
            }
            return 0;
        }
        return 0;
    }

    /** The text of a cell after its first words, those given folded. */
    private static String after(String text, String words) {
        String f = Fold.fold(text);
        int count = words.split(" ").length;
        int i = 0;
        while (i < f.length() && count > 0) {
            while (i < f.length() && !Character.isLetterOrDigit(f.charAt(i))) {
                i++;
            }
            while (i < f.length() && Character.isLetterOrDigit(f.charAt(i))) {
                i++;
            }
            count--;
        }
        return text.substring(i).strip();
    }
}
