package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.Severity;
import vn.kehoach.parser.table.ColumnRole;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A row of a task table names no lead agency (chủ trì). A table with no lead column at all is reported once, at
 * its header. Tasks in running text are not checked: their lead is often given by the section they stand in.
 */
public final class TaskNoLeadRule extends BaseRule {
    public TaskNoLeadRule() {
        super("TASK_NO_LEAD", Severity.WARNING,
                "NĐ 30/2020 Điều 23 khoản 2 (work assigned names who leads, who cooperates and by when); TSK-001");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        Checks.rowsWithout(c, out, ColumnRole.LEAD, t -> t.lead().isEmpty());
    }
}
