package vn.kehoach.parser.validate.rule;

import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * Consecutive normalized lines joined by single spaces, for phrases that web extraction wraps ("Hà Nội, ngày
 * 17\ntháng 11 năm 2022", "Thành phố\nHồ Chí Minh, ngày ..."), with the way back from an offset to its line.
 *
 * @param text the lines joined
 * @param first the number of the first line
 * @param starts where each line starts in {@code text}
 */
record Joined(String text, int first, int[] starts) {
    /** Lines {@code from} to {@code to} of the document, clipped to its lines; empty when none is left. */
    static Joined lines(RuleContext c, int from, int to) {
        int a = Math.max(1, from);
        int b = Math.min(c.text().size(), to);
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[Math.max(0, b - a + 1)];
        for (int n = a; n <= b; n++) {
            if (n > a) {
                sb.append(' ');
            }
            starts[n - a] = sb.length();
            sb.append(c.text().line(n).text());
        }
        return new Joined(sb.toString(), a, starts);
    }

    /** The normalized line that holds {@code offset}. */
    int lineAt(int offset) {
        int i = starts.length - 1;
        while (i > 0 && starts[i] > offset) {
            i--;
        }
        return first + Math.max(0, i);
    }

    /** True when {@code offset} is the space put between two lines. */
    boolean isJoin(int offset) {
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] - 1 == offset) {
                return true;
            }
        }
        return false;
    }

    /** The source position of the character at {@code offset}. */
    Position at(RuleContext c, int offset) {
        if (starts.length == 0) {
            return Position.DOCUMENT;
        }
        int line = lineAt(offset);
        return c.at(line, Math.max(0, offset - starts[line - first]));
    }
}
