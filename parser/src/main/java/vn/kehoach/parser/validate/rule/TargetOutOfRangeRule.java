package vn.kehoach.parser.validate.rule;

import java.math.BigDecimal;
import vn.kehoach.model.Objective;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Target;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A percentage target above 100 or below 0 ("100% ... đạt 120% hồ sơ"). A percentage that is a change, an
 * index or a share of another figure may exceed 100 ("tăng 150%", "đạt 105% kế hoạch", "bằng 115% năm 2022",
 * "chỉ số ... đạt 108%", "so với cùng kỳ") and is not reported.
 */
public final class TargetOutOfRangeRule extends BaseRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TargetOutOfRangeRule() {
        super("TARGET_OUT_OF_RANGE", Severity.ERROR, "TSK-009");
    }

    /** The objective's text after the target ("năm 2022" after "103,5%"); empty when the target is not in it. */
    private static String after(String whole, String target) {
        int at = whole.indexOf(target);
        return at < 0 ? "" : whole.substring(at + target.length());
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (Objective o : c.plan().objectives()) {
            for (Target t : o.targets()) {
                if (t.value() == null || !"%".equals(t.unit())
                        || t.value().compareTo(HUNDRED) <= 0 && t.value().signum() >= 0) {
                    continue;
                }
                boolean relative = Words.RELATIVE.in(Checks.around(o.text(), t.text()))
                        || Words.BASE.opens(after(o.text(), t.text()));
                if (!relative) {
                    out.report(Checks.locate(c, o.line(), t.text()), t.text(), t.text());
                }
            }
        }
    }
}
