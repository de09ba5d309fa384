package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;
import vn.kehoach.parser.time.DeadlineIssue;
import vn.kehoach.parser.time.DeadlineParser;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A calendar date that does not exist: every full date of every line (header, căn cứ, body, tables), and the
 * year-less dates of task deadlines ("trước ngày 31/4 hằng năm").
 */
public final class DateInvalidRule extends BaseRule {
    private static final DateFinder DATES = new DateFinder();
    private static final DeadlineParser DEADLINES = new DeadlineParser();
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d{4}");

    public DateInvalidRule() {
        super("DATE_INVALID", Severity.ERROR, "calendar; DATE-001");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (NormalizedText.Line line : c.text().lines()) {
            if (!DIGIT.matcher(line.text()).find()) {
                continue;
            }
            for (DateMention d : DATES.findAll(line.text())) {
                if (d.hasFourDigitYear() && !d.isValid()) { // a five-digit year is YEAR_IMPLAUSIBLE's
                    String excerpt = line.text().substring(d.start(), d.end());
                    out.report(c.at(line.number(), d.start()), excerpt, excerpt);
                }
            }
        }
        for (Task t : c.plan().tasks()) {
            if (t.deadline() == null) {
                continue;
            }
            for (DeadlineIssue i : DEADLINES.read(t.deadline().text(), Checks.deadlineContext(c)).issues()) {
                if (i.code().equals(DeadlineIssue.DATE_INVALID) && !i.excerpt().matches(".*\\d{4}.*")) {
                    out.report(Checks.locate(c, t.line(), i.excerpt()), i.excerpt(), i.excerpt());
                }
            }
        }
    }
}
