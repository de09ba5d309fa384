package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/** No signer block (position and name). Documents attached to a decision are signed by the decision. */
public final class SignatureMissingRule extends BaseRule {
    public SignatureMissingRule() {
        super("SIGNATURE_MISSING", Severity.ERROR, "NĐ 30/2020 Điều 8 khoản 2 điểm g; Phụ lục I mục II.7; SIG-001");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (c.formal() && !c.attached() && c.plan().document().signer() == null) {
            out.report(Position.DOCUMENT, null);
        }
    }
}
