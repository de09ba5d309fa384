package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.time.DeadlineIssue;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A task's time text that the deadline grammar cannot read, or a range that ends before it starts. Invalid
 * dates and implausible years have codes of their own.
 */
public final class DeadlineUnparsedRule extends BaseRule {

    public DeadlineUnparsedRule() {
        super("DEADLINE_UNPARSED", Severity.WARNING, "TSK-003");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (Task t : c.plan().tasks()) {
            if (t.deadline() == null) {
                continue;
            }
            for (DeadlineIssue i : c.issues(t.deadline())) {
                if (i.code().equals(DeadlineIssue.DEADLINE_UNPARSED)) {
                    out.report(Checks.locate(c, t.line(), i.excerpt()), i.excerpt(), i.excerpt());
                }
            }
        }
    }
}
