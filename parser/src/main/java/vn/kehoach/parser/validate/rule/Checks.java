package vn.kehoach.parser.validate.rule;

import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/** Small helpers several rules share. */
final class Checks {
    /** How far below a task's first line its cells may lie (one cell per line, blank lines between). */
    private static final int ROW_LINES = 40;

    private Checks() {
    }

    /** The issue date and period that deadlines of this document are read against. */
    static DeadlineContext deadlineContext(RuleContext c) {
        return new DeadlineContext(c.issued(), c.plan().document().period());
    }

    /**
     * Where {@code excerpt} is printed at or below source line {@code from} (a task's first line, its deadline in
     * a later cell); the line itself when it cannot be found.
     */
    static Position locate(RuleContext c, int from, String excerpt) {
        if (excerpt == null || excerpt.isBlank()) {
            return Position.line(from);
        }
        String want = Fold.fold(excerpt);
        int seen = 0;
        for (var line : c.text().lines()) {
            if (line.sourceLine() < from) {
                continue;
            }
            int at = Fold.fold(line.text()).indexOf(want);
            if (at >= 0) {
                return c.at(line.number(), at);
            }
            if (++seen > ROW_LINES) {
                break;
            }
        }
        return Position.line(from);
    }
}
