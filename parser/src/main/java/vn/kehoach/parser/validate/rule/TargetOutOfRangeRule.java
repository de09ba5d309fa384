package vn.kehoach.parser.validate.rule;

import java.math.BigDecimal;
import vn.kehoach.model.Objective;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Target;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A percentage target above 100 or below 0 ("100% ... đạt 120% hồ sơ"). A percentage that is a change or a
 * share of another figure may exceed 100 ("tăng 150%", "đạt 105% kế hoạch", "gấp", "so với cùng kỳ") and is
 * not reported.
 */
public final class TargetOutOfRangeRule extends BaseRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TargetOutOfRangeRule() {
        super("TARGET_OUT_OF_RANGE", Severity.ERROR, "TSK-009");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (Objective o : c.plan().objectives()) {
            for (Target t : o.targets()) {
                if (t.value() == null || !"%".equals(t.unit())
                        || t.value().compareTo(HUNDRED) <= 0 && t.value().signum() >= 0) {
                    continue;
                }
                if (!Words.RELATIVE.in(Checks.around(o.text(), t.text()))) {
                    out.report(Checks.locate(c, o.line(), t.text()), t.text(), t.text());
                }
            }
        }
    }
}
