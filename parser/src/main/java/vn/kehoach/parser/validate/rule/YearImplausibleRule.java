package vn.kehoach.parser.validate.rule;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Task;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;
import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.time.DeadlineIssue;
import vn.kehoach.parser.time.DeadlineParser;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A year far outside the document's horizon: a date with a five-digit year ("ngày 08/6/20210"), a task's deadline
 * more than 50 years after the document, or a time in the text more than 100 years after it ("giai đoạn
 * 2026-3030"; scenarios "đến năm 2100" are cited on purpose). Years before 1945
 * are not reported in running text, where old events and laws are cited on purpose.
 */
public final class YearImplausibleRule extends BaseRule {
    private static final DateFinder DATES = new DateFinder();
    private static final DeadlineParser DEADLINES = new DeadlineParser();
    private static final Pattern YEAR = Pattern.compile("\\d{4,}");
    /** A task's deadline more than 50 years out is a typo. */
    private static final int TASK_HORIZON = 50;
    /**
     * Running text looks further: climate and planning texts cite scenarios "đến năm 2100"; "2026-3030" is still
     * far beyond.
     */
    private static final int TEXT_HORIZON = 100;

    public YearImplausibleRule() {
        super("YEAR_IMPLAUSIBLE", Severity.ERROR, "DATE-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        DeadlineContext context = Checks.deadlineContext(c);
        Set<String> seen = new HashSet<>();
        for (NormalizedText.Line line : c.text().lines()) {
            if (!tooLate(line.text(), c, TEXT_HORIZON)) {
                continue; // no year on the line is past the horizon: nothing to find, and the grammar is costly
            }
            for (DateMention d : DATES.findAll(line.text())) {
                if (d.year() >= 10_000) {
                    String excerpt = line.text().substring(d.start(), d.end());
                    report(c, out, seen, c.at(line.number(), d.start()), excerpt);
                }
            }
            for (DeadlineIssue i : DEADLINES.check(line.text(), context)) {
                if (i.code().equals(DeadlineIssue.YEAR_IMPLAUSIBLE) && tooLate(i.excerpt(), c, TEXT_HORIZON)) {
                    report(c, out, seen, c.at(line.number(), i.start()), i.excerpt());
                }
            }
        }
        for (Task t : c.plan().tasks()) {
            if (t.deadline() != null) {
                for (DeadlineIssue i : c.issues(t.deadline())) {
                    if (i.code().equals(DeadlineIssue.YEAR_IMPLAUSIBLE) && tooLate(i.excerpt(), c, TASK_HORIZON)) {
                        report(c, out, seen, Checks.locate(c, t.line(), i.excerpt()), i.excerpt());
                    }
                }
            }
        }
    }

    private static void report(RuleContext c, Findings out, Set<String> seen, Position at, String excerpt) {
        if (seen.add(at.line() + "\u0000" + excerpt)) {
            out.report(at, excerpt, excerpt);
        }
    }

    /** Five digits, or a year more than {@code horizon} years after the document's (not one before 1945). */
    private static boolean tooLate(String excerpt, RuleContext c, int horizon) {
        int base = c.issued() != null ? c.issued().getYear()
                : c.plan().document().period() != null ? c.plan().document().period().from() : -1;
        Matcher m = YEAR.matcher(excerpt);
        while (m.find()) {
            String y = m.group();
            if (y.length() > 4 || base > 0 && Integer.parseInt(y) > base + horizon) {
                return true;
            }
        }
        return false;
    }
}
