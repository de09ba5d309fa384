package vn.kehoach.parser.validate.rule;

import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Severity;
import vn.kehoach.model.SigningAuthority;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.outline.ClosingMarks;
import vn.kehoach.parser.outline.Positions;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A signing mark before the wrong kind of name: "TM." (thay mặt) before a head's position ({@code TM. CHỦ
 * TỊCH}), or "KT.", "TL.", "TUQ.", "Q." before a collective body ({@code KT. ỦY BAN NHÂN DÂN}). Every mark of the
 * signature block is checked on its own, so {@code TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH} is right.
 * Bodies are listed in {@code signing-bodies.txt}, positions in {@code positions.tsv}; a name that is neither is
 * left alone.
 *
 * <p>Party documents sign {@code T/M}, {@code K/T}, {@code T/L} with the same meaning, except that {@code T/L} goes
 * before the collective ({@code T/L BAN BÍ THƯ / CHÁNH VĂN PHÒNG}), so it is not checked for them. A mark of the
 * other family (a document with the quốc hiệu signed {@code T/M}, a Party document {@code TM.}) is reported as INFO
 * (FORM-011).
 * Attached documents are signed by their decision; news articles have no signature.
 */
public final class SigningAuthorityRule extends BaseRule {
    private static final List<String> BODIES = Vocabulary.words("signing-bodies.txt");

    public SigningAuthorityRule() {
        super("SIGNING_AUTHORITY", Severity.WARNING,
                "NĐ 30/2020 Điều 13, Phụ lục I mục II.7.b (the same marks under TT 01/2011); Party: HD 36-HD/VPTW"
                        + " (T/M, K/T, T/L); SIG-002, FORM-011");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (!c.formal() || c.attached()) {
            return;
        }
        String regulation = Regulations.applied(c);
        boolean party = c.family() == DocumentFamily.PARTY;
        int from = Math.max(1, Math.max(c.layout().bodyStart(), c.layout().closingStart()));
        for (int n = from; n < c.layout().appendixStart() && n <= c.text().size(); n++) {
            String line = c.text().line(n).text().strip();
            Optional<ClosingMarks.SigningMark> mark = ClosingMarks.signingMark(line);
            if (mark.isEmpty()) {
                continue;
            }
            SigningAuthority a = mark.get().authority();
            String rest = mark.get().rest();
            String printed = line.substring(0, line.length() - rest.length()).strip();
            if (a == SigningAuthority.TM && Positions.isPosition(rest)) {
                out.report("collective", null, c.atLine(n), line, line, regulation);
            } else if (a != SigningAuthority.TM && !Positions.isPosition(rest) && isBody(rest)
                    && !(party && (a == SigningAuthority.TL || a == SigningAuthority.TUQ))) {
                out.report("head", null, c.atLine(n), line, line, printed, regulation);
            }
            boolean partyMark = printed.contains("/");
            if (partyMark ? Regulations.stateHeader(c) : party) {
                out.report(partyMark ? "partyMark" : "stateMark", Severity.INFO, c.atLine(n), line, line, printed,
                        regulation);
            }
        }
    }

    private static boolean isBody(String name) {
        String w = Fold.words(name);
        return BODIES.stream().anyMatch(b -> w.equals(b) || w.startsWith(b + " "));
    }
}
