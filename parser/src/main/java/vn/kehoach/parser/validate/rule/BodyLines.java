package vn.kehoach.parser.validate.rule;

import java.util.BitSet;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The lines of the body (from the preamble to the closing or the first appendix) and those of them that are not
 * the document's own running text: table cells, the cells of a grid drawn with lone "|" lines, and quoted text
 * (an amended article, a cited list), whose numbering belongs to another document.
 */
final class BodyLines {
    /** A quotation that does not close within this many lines is taken to have closed (a lost quote mark). */
    private static final int MAX_QUOTE_LINES = 60;

    private BodyLines() {
    }

    /** The first body line. */
    static int start(RuleContext c) {
        return Math.max(1, c.layout().bodyStart());
    }

    /** The line after the body: the closing, or the first appendix. */
    static int end(RuleContext c) {
        return Math.min(Math.min(c.layout().closingStart(), c.layout().appendixStart()), c.text().size() + 1);
    }

    /** The normalized body lines that are not the document's own text (cells, grid rows, quotations). */
    static BitSet foreign(RuleContext c) {
        NormalizedText text = c.text();
        BitSet out = new BitSet();
        int end = end(c);
        Neighbours near = new Neighbours(text);
        int quoteOpened = 0;
        for (int i = start(c); i < end; i++) {
            NormalizedText.Line line = text.line(i);
            String t = line.text().strip();
            if (line.cell() != null || near.besideGridBar(i, end)) {
                out.set(i);
            }
            int opening = count(t, '“');
            int closing = count(t, '”');
            int straight = count(t, '"');
            if (quoteOpened > 0) {
                out.set(i);
                if (closing > opening || straight % 2 == 1 || i - quoteOpened >= MAX_QUOTE_LINES) {
                    quoteOpened = 0; // the quotation closes on this line
                }
                continue;
            }
            boolean quoted = t.startsWith("\"") || t.startsWith("“");
            if (quoted) {
                out.set(i);
            }
            if (opening > closing || quoted && straight % 2 == 1) {
                quoteOpened = i; // "... như sau: “2. Nội dung ..." goes on below until its closing mark
            }
        }
        return out;
    }

    /**
     * A cell of a table: a table cell of the source, or a line between two lone "|" lines. For one line; a rule
     * that asks about every line takes {@link #tableLines}.
     */
    static boolean inTable(NormalizedText text, int i) {
        int end = text.size() + 1;
        return text.line(i).cell() != null || isBar(neighbour(text, i, -1, end)) && isBar(neighbour(text, i, 1, end));
    }

    /** The normalized lines for which {@link #inTable} holds, in one pass over the text. */
    static BitSet tableLines(NormalizedText text) {
        Neighbours near = new Neighbours(text);
        BitSet out = new BitSet();
        for (int i = 1; i <= text.size(); i++) {
            if (text.line(i).cell() != null || near.bar(near.previous[i]) && near.bar(near.next[i])) {
                out.set(i);
            }
        }
        return out;
    }

    /** The nearest non-blank lines above and below each line, found once for a whole text. */
    private static final class Neighbours {
        private final int[] previous;
        private final int[] next;
        private final BitSet bars = new BitSet();
        private final int size;

        Neighbours(NormalizedText text) {
            size = text.size();
            previous = new int[size + 2];
            next = new int[size + 2];
            int last = 0;
            for (int i = 1; i <= size; i++) {
                previous[i] = last;
                String t = text.line(i).text().strip();
                if (!t.isEmpty()) {
                    last = i;
                }
                if (isBar(t)) {
                    bars.set(i);
                }
            }
            last = size + 1;
            for (int i = size; i >= 1; i--) {
                next[i] = last;
                if (!text.line(i).text().isBlank()) {
                    last = i;
                }
            }
        }

        /** A lone "|" stands just above line {@code i} or just below it, before line {@code end}. */
        boolean besideGridBar(int i, int end) {
            return bar(previous[i]) || next[i] < end && bar(next[i]);
        }

        /** Line {@code k} is a lone "|" (0 and size + 1 stand for no line). */
        boolean bar(int k) {
            return k >= 1 && k <= size && bars.get(k);
        }
    }

    private static String neighbour(NormalizedText text, int i, int step, int end) {
        for (int k = i + step; k >= 1 && k < end; k += step) {
            String t = text.line(k).text().strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    private static boolean isBar(String t) {
        return t.equals("|");
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == ch) {
                n++;
            }
        }
        return n;
    }

    /** The offset of the first character that is not white space. */
    static int indent(String line) {
        int k = 0;
        while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
            k++;
        }
        return k;
    }

    /** A line shortened for an excerpt. */
    static String excerpt(String line) {
        String s = line.strip();
        return s.length() <= 60 ? s : s.substring(0, 60).strip() + "…";
    }
}
