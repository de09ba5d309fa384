package vn.kehoach.parser.validate.rule;

import java.time.LocalDate;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.model.Period;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A task's deadline ends after the plan period (TSK-004; the last year the title names, when it looks further:
 * "giai đoạn 2022 - 2025, định hướng đến năm 2030") or before the document was issued (TSK-005). A deadline
 * whose interval merely contains the issue date is fine ("Quý III năm 2013" in a plan of 14/8/2013); a review of
 * the plan ("Tổng kết ...") in the year after its period is only INFO. Ongoing and recurring deadlines span the
 * period by definition and are not checked.
 */
public final class DeadlineOutsidePeriodRule extends BaseRule {
    public DeadlineOutsidePeriodRule() {
        super("DEADLINE_OUTSIDE_PERIOD", Severity.WARNING, "TSK-004, TSK-005");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        Period period = c.plan().document().period();
        int end = period == null ? 0 : Checks.lastTitleYear(c.plan().document().title(), period);
        LocalDate issued = c.issued();
        for (Task t : c.plan().tasks()) {
            Deadline d = t.deadline();
            if (d == null || d.end() == null || d.kind() == DeadlineKind.ONGOING
                    || d.kind() == DeadlineKind.RECURRING || d.kind() == DeadlineKind.UNPARSED) {
                continue;
            }
            if (period != null && d.end().getYear() > end) {
                boolean review = d.end().getYear() == end + 1 && Words.REVIEW.in(t.text());
                out.report(review ? "review" : "after", review ? Severity.INFO : null,
                        Checks.locate(c, t.line(), d.text()), d.text(), d.text(), Checks.years(period));
            } else if (issued != null && d.end().isBefore(issued)) {
                out.report("before", null, Checks.locate(c, t.line(), d.text()), d.text(), d.text(), Checks.date(issued));
            }
        }
    }
}
