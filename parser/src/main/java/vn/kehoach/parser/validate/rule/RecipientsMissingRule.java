package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/** No "Nơi nhận" block. Documents attached to a decision are sent with the decision. */
public final class RecipientsMissingRule extends BaseRule {
    public RecipientsMissingRule() {
        super("RECIPIENTS_MISSING", Severity.WARNING, "NĐ 30/2020 Điều 8 khoản 2 điểm i; Phụ lục I mục II.9; RCP-001");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (c.formal() && !c.attached() && c.plan().document().recipients().isEmpty()) {
            out.report(Position.DOCUMENT, null);
        }
    }
}
