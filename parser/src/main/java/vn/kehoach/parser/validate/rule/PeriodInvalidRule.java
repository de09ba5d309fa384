package vn.kehoach.parser.validate.rule;

import java.util.BitSet;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.time.PeriodFinder;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A period whose first year is after its last: "giai đoạn 2015 - 2013", in the title (where every range is the
 * plan's period), in an appendix title, or in running text after a period word ("giai đoạn", "thời kỳ", "từ
 * năm", "(2015 - 2013)"). Task deadlines are DEADLINE_UNPARSED's; table cells are left to it.
 */
public final class PeriodInvalidRule extends BaseRule {
    private static final PeriodFinder PERIODS = new PeriodFinder();
    /** What may stand between a period word and the years: "giai đoạn: 2015 - 2013". */
    private static final Pattern GLUE = Pattern.compile("[\\s:,]*");

    public PeriodInvalidRule() {
        super("PERIOD_INVALID", Severity.ERROR, "PER-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        BitSet done = new BitSet();
        for (int line : c.layout().titleLines()) {
            report(c, out, line, false, done);
        }
        for (Layout.AppendixHeading h : c.layout().appendices()) {
            for (int line = h.line(); line <= h.end(); line++) {
                report(c, out, line, false, done);
            }
        }
        BitSet foreign = BodyLines.foreign(c);
        for (int line = BodyLines.start(c); line < BodyLines.end(c); line++) {
            if (c.text().line(line).cell() == null && !foreign.get(line)) {
                report(c, out, line, true, done);
            }
        }
    }

    private static void report(RuleContext c, Findings out, int line, boolean needsCue, BitSet done) {
        if (line < 1 || line > c.text().size() || done.get(line)) {
            return;
        }
        done.set(line);
        String t = c.text().line(line).text();
        String f = Fold.fold(t);
        for (PeriodFinder.Range r : PERIODS.ranges(t)) {
            if (r.inverted() && (!needsCue || cued(f, r.start()))) {
                String excerpt = t.substring(r.start(), r.end());
                out.report(c.at(line, r.start()), excerpt, excerpt);
            }
        }
    }

    /** A period word or an opening parenthesis just before the years. */
    private static boolean cued(String f, int start) {
        String head = f.substring(0, start);
        String trimmed = head.replaceAll("[\\s:,]+$", "");
        if (trimmed.endsWith("(")) {
            return true;
        }
        var m = ReferenceWords.PERIOD.matcher(trimmed);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && GLUE.matcher(trimmed.substring(last)).matches();
    }
}
