package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.Severity;
import vn.kehoach.parser.table.ColumnRole;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A row of a task table has an empty time cell, or only a dash. "Thường xuyên", "Hằng năm", "Liên tục" are
 * deadlines (ONGOING, RECURRING). A table with no time column at all is reported once, at its header.
 */
public final class TaskNoDeadlineRule extends BaseRule {
    public TaskNoDeadlineRule() {
        super("TASK_NO_DEADLINE", Severity.WARNING,
                "NĐ 30/2020 Điều 23 khoản 2 (work assigned names who leads, who cooperates and by when); TSK-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        Checks.rowsWithout(c, out, ColumnRole.DEADLINE,
                t -> t.deadline() == null || Checks.key(t.deadline().text()).isEmpty());
    }
}
