package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.kehoach.model.Comparison;
import vn.kehoach.model.Objective;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Target;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * One indicator's yearly percentage targets go down ("năm 2024 đạt 70%, năm 2025 đạt 60%"). Indicators meant to
 * fall ("giảm", "còn", "dưới", "không quá", "hộ nghèo", ...) and ceilings (LT, LE) are not reported.
 */
public final class TargetDecreasingRule extends BaseRule {
    public TargetDecreasingRule() {
        super("TARGET_DECREASING", Severity.INFO, "heuristic");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (Objective o : c.plan().objectives()) {
            if (Words.DOWNWARD.in(o.text())) {
                continue;
            }
            List<Target> yearly = new ArrayList<>();
            for (Target t : o.targets()) {
                if (t.value() != null && "%".equals(t.unit()) && t.deadline() != null && t.deadline().end() != null
                        && t.comparator() != Comparison.LT && t.comparator() != Comparison.LE) {
                    yearly.add(t);
                }
            }
            yearly.sort(Comparator.comparing(t -> t.deadline().end()));
            for (int i = 1; i < yearly.size(); i++) {
                Target before = yearly.get(i - 1);
                Target now = yearly.get(i);
                if (now.deadline().end().getYear() > before.deadline().end().getYear()
                        && now.value().compareTo(before.value()) < 0) {
                    out.report(Checks.locate(c, o.line(), now.text()), now.text(), now.text(), before.text());
                    break;
                }
            }
        }
    }
}
