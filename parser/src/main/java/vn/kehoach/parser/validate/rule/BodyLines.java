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
        int quoteOpened = 0;
        for (int i = start(c); i < end; i++) {
            NormalizedText.Line line = text.line(i);
            String t = line.text().strip();
            if (line.cell() != null || besideGridBar(text, i, end)) {
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

    /** A cell of a table: a table cell of the source, or a line between two lone "|" lines. */
    static boolean inTable(NormalizedText text, int i) {
        int end = text.size() + 1;
        return text.line(i).cell() != null || isBar(neighbour(text, i, -1, end)) && isBar(neighbour(text, i, 1, end));
    }

    /** A cell of a table printed as text: a lone "|" stands just above or just below it. */
    private static boolean besideGridBar(NormalizedText text, int i, int end) {
        return isBar(neighbour(text, i, -1, end)) || isBar(neighbour(text, i, 1, end));
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
