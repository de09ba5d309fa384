package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;
import vn.kehoach.parser.time.DeadlineIssue;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A calendar date that does not exist: every full date of every line (header, căn cứ, body, tables), and the
 * year-less dates of task deadlines ("trước ngày 31/4 hằng năm"). A day of the lunar calendar ("30/02/2025 (âm
 * lịch)") is not checked against the solar one.
 */
public final class DateInvalidRule extends BaseRule {
    private static final DateFinder DATES = new DateFinder();
    private static final java.util.regex.Pattern LUNAR = java.util.regex.Pattern.compile("^\\W{0,3}(?:\\(\\s*)?(?:am lich|al\\b)");
    private static final int LUNAR_REACH = 16;
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d{4}");

    public DateInvalidRule() {
        super("DATE_INVALID", Severity.ERROR, "calendar; DATE-001");
    }

    /** "ngày 30/02/2025 (âm lịch)": a day of the lunar calendar, which has a 30th of its second month. */
    private static boolean lunar(String text, int end) {
        return LUNAR.matcher(Fold.fold(text.substring(end, Math.min(text.length(), end + LUNAR_REACH)))).find();
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (NormalizedText.Line line : c.text().lines()) {
            if (!DIGIT.matcher(line.text()).find()) {
                continue;
            }
            for (DateMention d : DATES.findAll(line.text())) {
                if (d.hasFourDigitYear() && !d.isValid() && !lunar(line.text(), d.end())) {
                    String excerpt = line.text().substring(d.start(), d.end());
                    out.report(c.at(line.number(), d.start()), excerpt, excerpt);
                }
            }
        }
        for (Task t : c.plan().tasks()) {
            if (t.deadline() == null) {
                continue;
            }
            for (DeadlineIssue i : c.issues(t.deadline())) {
                if (i.code().equals(DeadlineIssue.DATE_INVALID) && !i.excerpt().matches(".*\\d{4}.*")) {
                    out.report(Checks.locate(c, t.line(), i.excerpt()), i.excerpt(), i.excerpt());
                }
            }
        }
    }
}
