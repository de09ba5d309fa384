package vn.kehoach.parser.validate.rule;

import java.util.HashSet;
import java.util.Set;
import vn.kehoach.model.Agency;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/** The same agency leads a task and is also listed among its cooperating agencies. */
public final class LeadAlsoCooperatingRule extends BaseRule {
    public LeadAlsoCooperatingRule() {
        super("LEAD_ALSO_COOPERATING", Severity.INFO, "heuristic; TSK-006");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (Task t : c.plan().tasks()) {
            Set<String> leads = new HashSet<>();
            for (Agency a : t.lead()) {
                leads.add(identity(a));
            }
            for (Agency a : t.cooperating()) {
                if (leads.contains(identity(a))) {
                    out.report(Position.line(t.line()), a.name(), a.name(), Checks.ref(t));
                    break;
                }
            }
        }
    }

    private static String identity(Agency a) {
        return Checks.key(a.canonical() != null ? a.canonical() : a.name());
    }
}
