package vn.kehoach.parser.validate.rule;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Agency;
import vn.kehoach.model.AgencyKind;
import vn.kehoach.model.DocumentType;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.outline.DocumentTypes;
import vn.kehoach.parser.outline.Positions;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The parts of a state decision or resolution (NĐ 30/2020 Phụ lục III mẫu 1.1 - 1.3; the same under TT 01/2011): a
 * Quyết định has its authority line ("BỘ TRƯỞNG BỘ NỘI VỤ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...") between the title
 * and the căn cứ, the line "QUYẾT ĐỊNH:" before its articles and an "Điều 1."; a Nghị quyết of the Government or a
 * People's Council has "QUYẾT NGHỊ:" before its articles.
 *
 * <p>Each part is reported missing only where the rest shows what the text is: no "QUYẾT ĐỊNH:" in a decision
 * whose body has "Điều 1", no "Điều 1" where "QUYẾT ĐỊNH:" is followed by a point numbered "1." or "I." (an
 * unnumbered paragraph there is most often an article whose automatic "Điều 1." the text lost), no "QUYẾT
 * NGHỊ:" in a resolution with articles; a text with neither may be cut short and is not judged. Presence is read
 * leniently, anywhere after the type name, in any case when a colon follows ("quyết định:"), or in capitals glued
 * to other words, with the white space of letter-spaced capitals taken out. The
 * authority line is reported missing only where the căn cứ follow a title in lower case that cannot have swallowed
 * it (its last line the first, or one that goes on in lower case), and no title line names a position or body.
 *
 * <p>Not checked: Party decisions (Quy định 66-QĐ/TW has its own form), documents attached to a decision, news
 * articles, documents without a quốc hiệu or without a closing (signature or Nơi nhận), resolutions of other
 * bodies (a company's Đại hội đồng cổ đông).
 */
public final class DecisionFormRule extends BaseRule {
    /** The formula words, matched with the white space of a line taken out ("Q U Y Ế T  Đ Ị N H :"). */
    private static final Pattern DECIDES = Pattern.compile("quyetdinh");
    private static final Pattern RESOLVES = Pattern.compile("quyetnghi");
    /** "Điều 1" (or "Điều I") opening a line, or glued after a sentence or "QUYẾT ĐỊNH:" (folded, spaces out). */
    private static final Pattern FIRST_ARTICLE =
            Pattern.compile("(?:^[|]*|[.:;!?)])dieu(?:0?1|i)(?![\\p{L}\\d])");
    /** Two words in capitals: a title line that may hold an authority line glued to it. */
    private static final Pattern CAPITALS =
            Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{2,}\\s+\\p{Lu}{2,}(?![\\p{L}\\d])");
    /** A first point numbered where "Điều 1." belongs: "1. ...", "1) ...", "I. ..." */
    private static final Pattern FIRST_POINT = Pattern.compile("(?:1|I)\\s*[.)](?!\\d)");
    private static final Pattern PREAMBLE = Pattern.compile("^" + Words.PREAMBLE.alternatives() + "\\b.*");
    /** The bodies whose Nghị quyết are decided in the form of mẫu 1.1 ("QUYẾT NGHỊ:"). */
    private static final List<AgencyKind> RESOLVING = List.of(AgencyKind.GOVERNMENT, AgencyKind.PEOPLES_COUNCIL);

    public DecisionFormRule() {
        super("DECISION_FORM", Severity.WARNING, "NĐ 30/2020 Phụ lục III mẫu 1.1, 1.2, 1.3; FORM-009");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (!Regulations.stateHeader(c) || c.attached() || c.layout().type().isEmpty() || !closed(c)) {
            return;
        }
        DocumentTypes.Entry type = c.layout().type().get();
        int from = Math.max(1, c.layout().bodyStart());
        int end = Math.min(c.layout().closingStart(), c.text().size() + 1);
        boolean articleInBody = find(c, from, end, FIRST_ARTICLE, Case.ANY) > 0;
        String regulation = Regulations.applied(c);
        if (type.type() == DocumentType.QUYET_DINH && Fold.words(type.name()).equals("quyet dinh")) {
            int formula = find(c, from, end, DECIDES, Case.FORMULA);
            int after = c.layout().typeLine() + 1;
            int last = c.text().size() + 1;
            if (articleInBody && find(c, after, last, DECIDES, Case.FORMULA) < 0) {
                out.report("decides", null, c.atLine(c.layout().typeLine()), null, regulation);
            }
            if (formula > 0 && find(c, after, last, FIRST_ARTICLE, Case.ANY) < 0) {
                Point numbered = numberedInstead(c, formula, end);
                if (numbered != null) {
                    String t = c.text().line(numbered.line()).text();
                    int at = Math.max(0, t.indexOf(numbered.label()));
                    out.report("article", null, c.at(numbered.line(), at), numbered.label(), numbered.label(),
                            regulation);
                }
            }
            if (articleInBody || formula > 0) {
                authority(c, out, regulation);
            }
        } else if (type.type() == DocumentType.NGHI_QUYET && Fold.words(type.name()).equals("nghi quyet")
                && resolvingBody(c) && articleInBody
                && find(c, c.layout().typeLine() + 1, c.text().size() + 1, RESOLVES, Case.ANY) < 0) {
            out.report("resolves", null, c.atLine(c.layout().typeLine()), null, regulation);
        }
    }

    /** The authority line, when the title cannot have taken it in. */
    private static void authority(RuleContext c, Findings out, String regulation) {
        List<Integer> title = c.layout().titleLines();
        if (title.isEmpty()) {
            return;
        }
        for (int n : title) {
            String t = c.text().line(n).text();
            if (Positions.isAuthority(t) || CAPITALS.matcher(t).find()) {
                return; // the authority, or words in capitals that may be it, glued to the title
            }
        }
        int lastLine = title.get(title.size() - 1);
        String last = c.text().line(lastLine).text().strip();
        if (LineShape.isUpperCase(last) || !last.chars().anyMatch(Character::isLowerCase)) {
            return; // a title in capitals may have taken in an authority line the vocabulary does not know
        }
        if (title.size() > 1 && !Character.isLowerCase(last.codePointAt(0))) {
            return; // "Chủ tịch ..." after a title: an authority line in lower case, say, taken for the title
        }
        for (int i = lastLine + 1; i <= c.text().size(); i++) {
            String t = c.text().line(i).text().strip();
            if (t.isEmpty() || LineShape.isSeparator(t)) {
                continue;
            }
            if (PREAMBLE.matcher(Fold.fold(t)).matches()) {
                out.report("authority", null, c.atLine(i), BodyLines.excerpt(t), regulation);
            }
            return;
        }
    }

    private enum Case {
        /** in any case */
        ANY,
        /** in capitals, or in any case before a colon ("Quyết định:"): the formula, not the word in a sentence */
        FORMULA
    }

    /**
     * The line where the decision's first point stands numbered "1." or "I." instead of "Điều 1.": the first text
     * after "QUYẾT ĐỊNH:" (on its line or below); null when that text has no number. Unnumbered text there is most
     * often an article whose "Điều 1." was automatic numbering, lost in the text (ODT, RTF, HTML lists).
     */
    private static Point numberedInstead(RuleContext c, int formula, int end) {
        String t = c.text().line(formula).text();
        String rest = t.substring(t.lastIndexOf(':') + 1).strip();
        int line = formula;
        for (int i = formula + 1; rest.isEmpty() && i < end && i <= c.text().size(); i++) {
            String next = c.text().line(i).text().strip();
            if (!next.isEmpty() && !LineShape.isSeparator(next)) {
                rest = next;
                line = i;
            }
        }
        Matcher m = FIRST_POINT.matcher(rest);
        return m.lookingAt() ? new Point(line, rest.substring(0, m.end())) : null;
    }

    /** A numbered point: its line and its number as printed ("1."). */
    private record Point(int line, String label) {
    }

    /** The first line of {@code [from, to)} that holds the pattern, its white space taken out; -1 when none does. */
    private static int find(RuleContext c, int from, int to, Pattern p, Case wanted) {
        for (int i = Math.max(1, from); i < to && i <= c.text().size(); i++) {
            String t = c.text().line(i).text().replaceAll("\\s+", "");
            String f = Fold.fold(t); // the same length: what is found in f is printed in t
            Matcher m = p.matcher(f);
            while (m.find()) {
                String printed = t.substring(m.start(), m.end());
                if (wanted == Case.ANY || printed.equals(printed.toUpperCase(Locale.ROOT))
                        || f.startsWith(":", m.end())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The document has a closing: its signer or its recipients were found. */
    private static boolean closed(RuleContext c) {
        var doc = c.plan().document();
        return doc.signer() != null || doc.recipients() != null && !doc.recipients().isEmpty();
    }

    private static boolean resolvingBody(RuleContext c) {
        Agency issuer = c.plan().document().issuer();
        return issuer != null && RESOLVING.contains(issuer.kind());
    }
}
