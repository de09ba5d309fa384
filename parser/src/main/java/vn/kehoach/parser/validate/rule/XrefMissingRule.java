package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The document points to one of its own articles (Điều) that it does not have: "Nơi nhận: - Như Điều 4;" or
 * "quy định tại Điều 5 Quyết định này" in a decision whose last article is Điều 3 (NĐ 30/2020 Phụ lục III mẫu
 * 1.2, 1.3: "Như Điều ..."). Only references that name this document are read: "Như Điều N" in the recipients,
 * and "Điều N" followed by this document's own type and "này" ("Điều 2 Quyết định này", "khoản 1 Điều 2 của
 * Quyết định này"). "Điều 5 Nghị định số 30/2020/NĐ-CP", "khoản 2 Điều 8 Luật ..." and a bare "Điều 5" cite
 * other documents or may; quoted text is another document's; and where the title amends another document
 * ("Sửa đổi, bổ sung ...") only the recipients are read, as the body restates the amended text.
 *
 * <p>The document's articles are every line that opens with "Điều N" anywhere in the text (also glued after
 * "QUYẾT ĐỊNH:"). A document with no article at all is not checked (its articles may be lost in extraction),
 * and only a number beyond the last article is reported: one missing between two others is a numbering gap or
 * an article heading the extraction broke.
 */
public final class XrefMissingRule extends BaseRule {
    /** An article heading opening a line: "Điều 3.", "Điều 3:", "Điều 3 -", "Điều3." (folded, stripped). */
    private static final Pattern ARTICLE = Pattern.compile("^[|\\s]*dieu\\s*(\\d{1,3})[a-z]?(?![\\p{L}\\d])");
    /** An article heading glued after a sentence or "QUYẾT ĐỊNH:": "... kể từ ngày ký.Điều 3. Chánh Văn phòng". */
    private static final Pattern GLUED_ARTICLE = Pattern.compile("[.:;!?)]\\s*dieu\\s*(\\d{1,3})[a-z]?\\s*[.:]");
    /** A numbered "Điều N" with a list after it: "Điều 2, 3 và Điều 4", "Điều 1 đến Điều 3". */
    private static final String NUMBERS = "dieu\\s+(\\d{1,3})[a-z]?"
            + "((?:\\s*(?:,|va|hoac|den)\\s*(?:dieu\\s+)?\\d{1,3}[a-z]?(?![\\p{L}\\d/]))*)";
    private static final Pattern RECIPIENT = Pattern.compile("^[-+*•\\s]*nhu\\s+" + NUMBERS + "(?![\\p{L}\\d/])(.*)$");
    private static final Pattern OWN = Pattern.compile("(?<![\\p{L}\\d])" + NUMBERS + "\\s+(?:cua\\s+)?");
    private static final Pattern MORE = Pattern.compile("(,|va|hoac|den)\\s*(?:dieu\\s+)?(\\d{1,3})");
    /** The longest range "Điều 1 đến Điều N" read. */
    private static final int MAX_RANGE = 50;

    public XrefMissingRule() {
        super("XREF_MISSING", Severity.WARNING, "NĐ 30/2020 Phụ lục III mẫu 1.2, 1.3 (\"Như Điều ...\"); REF-005");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        String type = c.plan().document().typeName();
        if (!c.formal() || type == null) {
            return;
        }
        int last = lastArticle(c);
        if (last == 0) {
            return;
        }
        String title = c.plan().document().title();
        boolean amends = title != null && ReferenceWords.AMENDS.matcher(Fold.fold(title)).find();
        if (!amends) {
            BitSet foreign = BodyLines.foreign(c);
            for (int i = BodyLines.start(c); i < BodyLines.end(c); i++) {
                if (!foreign.get(i)) {
                    ownReferences(c, out, i, type, last);
                }
            }
        }
        int end = Math.min(c.layout().appendixStart(), c.text().size() + 1);
        for (int i = Math.max(1, c.layout().closingStart()); i < end; i++) {
            String t = c.text().line(i).text();
            Matcher m = RECIPIENT.matcher(Fold.fold(t));
            if (m.matches() && !namesOther(m.group(3))) {
                report(c, out, i, m.start(), t, numbers(m.group(1), m.group(2)), last);
            }
        }
    }

    /** "Điều N (của) <type> này" in body line {@code i}, where the type is this document's own. */
    private static void ownReferences(RuleContext c, Findings out, int i, String type, int last) {
        String t = c.text().line(i).text();
        String f = Fold.fold(t);
        Matcher m = OWN.matcher(f);
        while (m.find()) {
            Matcher named = ReferenceWords.TYPES.matcher(f);
            if (!named.find(m.end()) || named.start() != m.end() || !Checks.sameType(named.group(), type)) {
                continue;
            }
            Matcher self = ReferenceWords.THIS.matcher(f);
            if (!self.find(named.end()) || !f.substring(named.end(), self.start()).isBlank()) {
                continue;
            }
            report(c, out, i, m.start(), t, numbers(m.group(1), m.group(2)), last);
        }
    }

    private static void report(RuleContext c, Findings out, int line, int at, String text, List<Integer> numbers,
            int last) {
        String f = Fold.fold(text);
        for (int n : numbers) {
            if (n > last) {
                Matcher where = Pattern.compile("dieu\\s+0*" + n + "(?!\\d)").matcher(f);
                boolean named = where.find(at);
                int start = named ? where.start() : at;
                String excerpt = named ? text.substring(start, where.end()) : null;
                out.report(c.at(line, start), excerpt, "Điều " + n, "Điều " + last);
            }
        }
    }

    /** After "Như Điều N" in the recipients: the article of another document ("... Quyết định số 12/QĐ-UBND"). */
    private static boolean namesOther(String rest) {
        Matcher t = ReferenceWords.TYPES.matcher(rest);
        return t.find() && rest.substring(0, t.start()).matches("[\\s,]*(cua)?\\s*");
    }

    /** The numbers of "Điều 2, 3 và Điều 4" and of the range "Điều 1 đến Điều 3". */
    private static List<Integer> numbers(String first, String list) {
        List<Integer> out = new ArrayList<>();
        out.add(Integer.parseInt(first));
        Matcher m = MORE.matcher(list);
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            int prev = out.get(out.size() - 1);
            if (m.group(1).equals("den") && n > prev && n - prev <= MAX_RANGE) {
                for (int k = prev + 1; k < n; k++) {
                    out.add(k);
                }
            }
            out.add(n);
        }
        return out;
    }

    /** The highest number of an article heading anywhere in the text, 0 when there is none. */
    private static int lastArticle(RuleContext c) {
        int last = 0;
        for (var line : c.text().lines()) {
            String f = Fold.fold(line.text().strip());
            Matcher m = ARTICLE.matcher(f);
            if (m.find()) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
            Matcher g = GLUED_ARTICLE.matcher(f);
            while (g.find()) {
                last = Math.max(last, Integer.parseInt(g.group(1)));
            }
        }
        return last;
    }
}
