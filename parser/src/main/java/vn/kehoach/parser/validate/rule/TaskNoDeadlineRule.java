package vn.kehoach.parser.validate.rule;

import java.util.List;
import java.util.Map;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.table.ColumnRole;
import vn.kehoach.parser.table.TaskTable;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
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
        for (Map.Entry<TaskTable, List<Checks.TableTask>> e : Checks.tableTasksByTable(c).entrySet()) {
            if (!e.getKey().columns().contains(ColumnRole.DEADLINE)) {
                out.report("column", null, c.atLine(e.getKey().headerLine()), null);
                continue;
            }
            for (Checks.TableTask t : e.getValue()) {
                var d = t.task().deadline();
                if (d == null || Checks.key(d.text()).isEmpty()) {
                    out.report(Position.line(t.task().line()), null, Checks.ref(t.task()));
                }
            }
        }
    }
}
