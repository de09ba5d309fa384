package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.outline.ClosingMarks;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The appendices a document has: the appendix headings of the layout (not a "PHỤ LỤC I (TIẾP THEO)" that
 * continues one, nor a table cell), and the signs after the body that something is attached which the layout
 * did not take for a heading: a "Phụ lục 2. Danh mục ..." line, a "(Kèm theo Kế hoạch số ...)" caption, a
 * "DANH MỤC ..." heading.
 */
final class Attachments {
    private static final Pattern APPENDIX_LINE = Pattern.compile(
            "^" + ReferenceWords.alternatives("appendix", "\\s*") + "(?:\\s+(?:so\\s*)?(\\d{1,2}|[ivxlc]{1,6}))?(?![\\p{L}\\d])");
    /** This many lines of text after the signature are an attachment, not a stray line of the page. */
    private static final int AFTER_SIGNATURE_LINES = 3;
    private static final Pattern CAPTION = Pattern.compile("^\\(?\\s*(?:" + ReferenceWords.alternatives("issued", " ")
            + "\\s+)?" + ReferenceWords.alternatives("caption") + "\\b");

    private final List<Layout.AppendixHeading> headings;
    private final Set<String> numbers;
    private final int count;
    private final boolean unnumbered;
    /** Text follows the signature that no heading names: anything may be attached. */
    private final boolean unknown;

    private Attachments(List<Layout.AppendixHeading> headings, Set<String> numbers, int count, boolean unnumbered,
            boolean unknown) {
        this.headings = headings;
        this.numbers = numbers;
        this.count = count;
        this.unnumbered = unnumbered;
        this.unknown = unknown;
    }

    static Attachments of(RuleContext c) {
        List<Layout.AppendixHeading> headings = headings(c);
        Set<String> numbers = new HashSet<>();
        boolean unnumbered = false;
        Set<Integer> headingLines = new HashSet<>();
        for (Layout.AppendixHeading h : headings) {
            if (h.number() == null) {
                unnumbered = true;
            } else {
                numbers.add(AppendixReferences.key(h.number()));
            }
            for (int k = h.line(); k <= h.end(); k++) {
                headingLines.add(k);
            }
        }
        int count = headings.size();
        int from = Math.min(c.layout().closingStart(), c.layout().appendixStart());
        for (int i = Math.max(1, from); i <= c.text().size(); i++) {
            if (headingLines.contains(i)) {
                continue;
            }
            String t = c.text().line(i).text().strip();
            String f = Fold.fold(t);
            Matcher m = APPENDIX_LINE.matcher(f);
            if (m.lookingAt()) {
                String n = m.group(1) == null ? null : t.substring(m.start(1), m.end(1));
                if (n != null && (Character.isDigit(n.charAt(0)) || n.equals(n.toUpperCase(Locale.ROOT)))) {
                    if (numbers.add(AppendixReferences.key(n))) {
                        count++;
                    }
                } else {
                    unnumbered = true;
                    count = Math.max(count, 1);
                }
            } else if (CAPTION.matcher(f).find() || LineShape.isUpperCase(t)
                    && (ReferenceWords.LIST.matcher(f).lookingAt() || ReferenceWords.FORM.matcher(f).lookingAt())) {
                unnumbered = true; // something is attached, under a heading the layout did not read
                count = Math.max(count, 1);
            }
        }
        boolean unknown = count == 0 && textAfterSignature(c);
        return new Attachments(headings, numbers, count, unnumbered, unknown);
    }

    /**
     * Lines of text after the signer's name (not the "Nơi nhận" list that some layouts print below it): an
     * attachment under a heading that names no appendix ("KẾ HOẠCH TRIỂN KHAI ...", a bare table).
     */
    private static boolean textAfterSignature(RuleContext c) {
        var signer = c.plan().document().signer();
        if (signer == null || signer.name() == null) {
            return false;
        }
        String name = Fold.words(signer.name());
        int at = 0;
        for (int i = Math.max(1, c.layout().closingStart()); i <= c.text().size(); i++) {
            String w = Fold.words(c.text().line(i).text());
            if (!w.isEmpty() && (w.equals(name) || name.endsWith(" " + w))) {
                at = i; // the name, or its last line when it wraps ("Võ" / "Văn Hoan")
            }
        }
        if (at == 0) {
            return false;
        }
        int lines = 0;
        for (int i = at + 1; i <= c.text().size(); i++) {
            String t = c.text().line(i).text().strip();
            if (t.isEmpty() || LineShape.isSeparator(t) || t.startsWith("-") || t.startsWith("+")
                    || ClosingMarks.isRecipientsHeading(t)) {
                continue;
            }
            lines++;
        }
        return lines >= AFTER_SIGNATURE_LINES;
    }

    /** The appendix headings of the layout, without table cells and continuations. */
    static List<Layout.AppendixHeading> headings(RuleContext c) {
        List<Layout.AppendixHeading> out = new ArrayList<>();
        for (Layout.AppendixHeading h : c.layout().appendices()) {
            String t = c.text().line(h.line()).text();
            if (BodyLines.inTable(c.text(), h.line()) || ReferenceWords.CONTINUED.matcher(Fold.fold(t)).find()) {
                continue;
            }
            out.add(h);
        }
        return out;
    }

    /** The appendix headings counted. */
    List<Layout.AppendixHeading> headings() {
        return headings;
    }

    /** True when anything at all is attached, or may be. */
    boolean any() {
        return count > 0 || unknown;
    }

    /** True when the appendix numbered so is there, or may be: an unnumbered one, and no fewer than that many. */
    boolean has(String number) {
        String key = AppendixReferences.key(number);
        if (numbers.contains(key)) {
            return true;
        }
        if (unknown) {
            return true;
        }
        int value = key.matches("\\d+") ? Integer.parseInt(key)
                : key.length() == 1 && key.charAt(0) >= 'A' && key.charAt(0) <= 'D' ? key.charAt(0) - 'A' + 1 : -1;
        return unnumbered && value > 0 && value <= count;
    }
}
