package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/** A document cited as a basis ("Căn cứ ...", "Thực hiện ...") is dated after the document itself. */
public final class LegalBasisAfterIssueRule extends BaseRule {
    public LegalBasisAfterIssueRule() {
        super("LEGAL_BASIS_AFTER_ISSUE", Severity.ERROR,
                "NĐ 78/2025/NĐ-CP Điều 62 (a basis is in force, or issued and in force by the document's own"
                        + " effect); DATE-007");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (c.issued() == null) {
            return;
        }
        for (LegalBasis b : c.plan().legalBases()) {
            if (b.issuedOn() != null && b.issuedOn().isAfter(c.issued())) {
                String cited = b.number() != null ? b.number() : b.text();
                out.report(Checks.locate(c, b.line(), cited), cited, cited, Checks.date(b.issuedOn()),
                        Checks.date(c.issued()));
            }
        }
    }
}
