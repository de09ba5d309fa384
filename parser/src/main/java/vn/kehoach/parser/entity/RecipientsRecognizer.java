package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.ClosingMarks;
import vn.kehoach.parser.outline.Layout;

/**
 * Reads the "Nơi nhận:" list: one entry per dash item, without the dash and the closing ';', ',' or '.',
 * items wrapped over several lines joined ("-\nSở\n- ngành TP;" is one item: a dash line in lower case
 * continues an item that has not ended with ';', ',' or '.'). The list ends at a blank line before a line
 * that is not an item, at a signing mark, or at the appendices. When the signature is set beside the list
 * ({@link ClosingColumns}), only the list's column is read.
 *
 * <p>Thread-safe; stateless.
 */
public final class RecipientsRecognizer {
    private static final int MAX_LINES = 60;

    public List<String> recognize(NormalizedText text, Layout layout) {
        Optional<ClosingColumns.Closing> columns = ClosingColumns.unfold(text, layout);
        if (columns.isPresent()) {
            return recognizeStacked(columns.get().text(), columns.get().layout());
        }
        return recognizeStacked(text, layout);
    }

    private List<String> recognizeStacked(NormalizedText text, Layout layout) {
        int end = layout.appendixStart() - 1;
        int heading = 0;
        for (int i = end; i >= Math.max(1, layout.bodyStart()); i--) {
            if (ClosingMarks.isRecipientsHeading(text.line(i).text())) {
                heading = i;
                break;
            }
        }
        if (heading == 0) {
            return List.of();
        }
        List<StringBuilder> items = new ArrayList<>();
        String first = text.line(heading).text().strip().replaceFirst("^(?i)\\S+\\s+\\S+\\s*:?", "").strip();
        if (!first.isEmpty()) {
            addLine(items, first);
        }
        boolean blank = false;
        for (int i = heading + 1; i <= end && i < heading + MAX_LINES; i++) {
            String t = text.line(i).text().strip();
            if (t.isEmpty()) {
                blank = true;
                continue;
            }
            if (t.equals("|") || ClosingMarks.signingMark(t).isPresent()) {
                break;
            }
            boolean item = t.startsWith("-") || t.startsWith("+") || t.startsWith("•");
            if (blank && !item) {
                break;
            }
            if (!item && !items.isEmpty() && isComplete(items.get(items.size() - 1)) && LineShape.isUpperCase(t)) {
                break; // a position line of the signature
            }
            blank = false;
            addLine(items, t);
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder sb : items) {
            String s = sb.toString().replaceAll("[;.,\\s]+$", "").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static void addLine(List<StringBuilder> items, String t) {
        boolean dash = t.startsWith("-") || t.startsWith("+") || t.startsWith("•");
        String body = dash ? t.substring(1).strip() : t;
        // A dash opens a new item unless the item before it is unfinished and the text goes on in lower case
        // ("Sở\n- ngành TP;" is one item wrapped by a narrow column).
        boolean continues = !body.isEmpty() && Character.isLowerCase(body.charAt(0));
        if (items.isEmpty() || dash && (isComplete(items.get(items.size() - 1)) || !continues)) {
            items.add(new StringBuilder(body));
            return;
        }
        StringBuilder last = items.get(items.size() - 1);
        String glue = dash ? " - " : " ";
        last.append(last.length() == 0 ? "" : glue).append(body);
    }

    private static boolean isComplete(StringBuilder item) {
        String s = item.toString().strip();
        return !s.isEmpty() && (s.endsWith(";") || s.endsWith(".") || s.endsWith(",") || Fold.fold(s).startsWith("luu"));
    }
}
