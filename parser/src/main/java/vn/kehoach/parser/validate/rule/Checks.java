package vn.kehoach.parser.validate.rule;

import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.validate.RuleContext;

/** Small helpers several rules share. */
final class Checks {
    private Checks() {
    }

    /** The issue date and period that deadlines of this document are read against. */
    static DeadlineContext deadlineContext(RuleContext c) {
        return new DeadlineContext(c.issued(), c.plan().document().period());
    }
}
