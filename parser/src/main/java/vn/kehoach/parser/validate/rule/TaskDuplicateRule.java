package vn.kehoach.parser.validate.rule;

import java.util.HashMap;
import java.util.Map;
import vn.kehoach.model.Agency;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The same task twice: the same text under the same group with the same lead, both in running text or both in
 * tables. A task of the body detailed again in an appendix table is how plans are written, not a duplicate.
 */
public final class TaskDuplicateRule extends BaseRule {
    /** Shorter texts ("Tổ chức thực hiện") repeat under different headings by design. */
    private static final int MIN_KEY = 24;

    public TaskDuplicateRule() {
        super("TASK_DUPLICATE", Severity.WARNING, "heuristic");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        java.util.Set<Integer> tableLines = new java.util.HashSet<>();
        for (Checks.TableTask t : Checks.tableTasks(c)) {
            tableLines.add(t.task().line());
        }
        Map<String, Task> first = new HashMap<>();
        for (Task t : c.plan().tasks()) {
            String text = Checks.key(t.text());
            if (text.length() < MIN_KEY) {
                continue;
            }
            StringBuilder key = new StringBuilder(tableLines.contains(t.line()) ? "T|" : "B|");
            key.append(Checks.key(t.group())).append('|').append(text).append('|');
            for (Agency a : t.lead()) {
                key.append(Checks.key(a.canonical() != null ? a.canonical() : a.name())).append(',');
            }
            Task earlier = first.putIfAbsent(key.toString(), t);
            if (earlier != null) {
                out.report(Position.line(t.line()), null, Checks.ref(t), Checks.ref(earlier),
                        String.valueOf(earlier.line()));
            }
        }
    }
}
