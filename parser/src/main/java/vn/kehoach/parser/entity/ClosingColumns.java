package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;
import vn.kehoach.parser.normalize.TextNormalizer;
import vn.kehoach.parser.outline.ClosingMarks;
import vn.kehoach.parser.outline.Layout;

/**
 * A closing set side by side in plain text: "Nơi nhận:" and its items in the left column, the signature in the
 * right one, the two cells of a row separated by a tab or a wide run of spaces ("- Như trên;\tKT. CHỦ TỊCH",
 * "\tNguyễn Văn Bình"). Normalizing folds the gap into one space, so the cells are read again from the source
 * lines. Laid out column after column, a blank line between them, the closing reads like the stacked one.
 *
 * <p>Thread-safe; stateless.
 */
final class ClosingColumns {
    private static final Pattern GAP = Pattern.compile("[ \\u00A0]*\\t[\\s\\u00A0]*|[ \\u00A0]{3,}");

    /** Leading spaces that put a line's only cell in the right column (a short indent is the left cell's own). */
    private static final int WIDE_INDENT = 8;

    private ClosingColumns() {
    }

    /**
     * The closing as its own text, left column then right column, with a layout that makes all of it the closing;
     * empty when the closing is not set side by side (no row of two cells with "Nơi nhận" or a signing mark).
     */
    static Optional<Closing> unfold(NormalizedText text, Layout layout) {
        if (text.sourceLines().isEmpty()) {
            return Optional.empty();
        }
        int end = layout.appendixStart() - 1;
        int from = Math.max(1, Math.max(layout.bodyStart(), layout.closingStart()));
        int start = 0;
        for (int i = from; i <= end && start == 0; i++) {
            String[] cells = cells(text, text.line(i));
            if (cells.length == 2 && (opensClosing(cells[0]) || opensClosing(cells[1]))) {
                start = i;
            }
        }
        if (start == 0) {
            return Optional.empty();
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            String[] cells = cells(text, text.line(i));
            left.add(cells[0]);
            right.add(cells.length == 2 ? cells[1] : "");
        }
        List<Line> lines = new ArrayList<>();
        for (String s : left) {
            lines.add(new Line(lines.size() + 1, s, null));
        }
        lines.add(new Line(lines.size() + 1, "", null));
        for (String s : right) {
            lines.add(new Line(lines.size() + 1, s, null));
        }
        NormalizedText closing = new NormalizedText(text.name(), lines);
        Layout all = new Layout(Optional.empty(), 0, List.of(), 0, 1, 1, List.of(), lines.size());
        return Optional.of(new Closing(closing, all));
    }

    /**
     * The closing laid out column by column.
     *
     * @param text its lines
     * @param layout a layout whose body and closing start at line 1, without appendices
     */
    record Closing(NormalizedText text, Layout layout) {
    }

    private static boolean opensClosing(String cell) {
        return ClosingMarks.isRecipientsHeading(cell) || ClosingMarks.signingMark(cell).isPresent();
    }

    /**
     * The normalized cells of a line: one when its source line has no gap between text, else the left cell
     * (possibly empty, for a line that starts with the gap) and the rest.
     */
    private static String[] cells(NormalizedText text, Line line) {
        int n = line.sourceLine();
        if (line.text().isBlank() || n < 1 || n > text.sourceLines().size()
                || line.source().at(line.text().length() - 1).line() != n) {
            return new String[] {line.text().strip()};
        }
        String source = text.sourceLines().get(n - 1).stripTrailing();
        String rest = source.stripLeading();
        String indent = source.substring(0, source.length() - rest.length());
        if (indent.indexOf('\t') >= 0 || indent.length() >= WIDE_INDENT) {
            return new String[] {"", TextNormalizer.normalizeLine(rest).strip()};
        }
        String[] parts = GAP.split(rest, 2);
        if (parts.length < 2) {
            return new String[] {line.text().strip()};
        }
        return new String[] {TextNormalizer.normalizeLine(parts[0]).strip(),
                TextNormalizer.normalizeLine(parts[1]).strip()};
    }
}
