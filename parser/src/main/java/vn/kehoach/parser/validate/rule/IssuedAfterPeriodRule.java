package vn.kehoach.parser.validate.rule;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Period;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.time.PeriodFinder;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A plan issued after its own period had ended: a Kế hoạch "giai đoạn 2013 - 2015" dated in 2016 (PER-003). Read
 * for documents that plan ahead: a Kế hoạch, Chương trình, Đề án or Phương án, or a decision whose title issues
 * or approves one ("Phê duyệt Đề án ..."). The period must be a range of years in the title: a single "năm 2022"
 * is as often the year whose results the plan answers ("khắc phục hạn chế của Chỉ số PAR Index năm 2022"), and
 * the issuing sentence may go on past the range ("... Chương trình ... giai đoạn 2016 - 2020 năm 2021").
 *
 * <p>Not read: reports and news articles (they look back on a period); titles whose years are another period than
 * the plan's own (validation-words.tsv OTHER_PERIOD: work on a past period, "tổng kết", "khắc phục"; a change to
 * another plan, "kéo dài", "điều chỉnh"; a project's procurement or funding, "lựa chọn nhà thầu ... Dự án ...");
 * titles with a later year besides the period ("..., tầm nhìn đến năm 2030"); documents attached to a decision
 * (dated by the decision) and a header date that could not be read.
 */
public final class IssuedAfterPeriodRule extends BaseRule {
    private static final PeriodFinder PERIODS = new PeriodFinder();
    /** How many words may stand before the verb of a decision's title ("Về việc ban hành Kế hoạch ..."). */
    private static final int VERB_REACH_WORDS = 3;

    public IssuedAfterPeriodRule() {
        super("ISSUED_AFTER_PERIOD", Severity.WARNING, "heuristic; PER-003");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        Period period = c.plan().document().period();
        LocalDate issued = c.issued();
        String title = c.plan().document().title();
        if (!c.formal() || c.attached() || period == null || issued == null || title == null
                || period.from() == period.to() || issued.getYear() <= period.to()) {
            return;
        }
        if (!PERIODS.range(title).filter(period::equals).isPresent() || Words.OTHER_PERIOD.in(title)
                || Checks.lastTitleYear(title, period) > period.to() || !plansAhead(c, title)) {
            return;
        }
        int line = c.header().dateLine();
        String excerpt = line > 0 ? c.text().line(line).text().strip() : null;
        out.report(line > 0 ? c.atLine(line) : c.atLine(c.layout().typeLine()), excerpt, Checks.date(issued),
                Checks.years(period));
    }

    /** A Kế hoạch (Chương trình, Đề án, Phương án), or a title that issues or approves one. */
    private static boolean plansAhead(RuleContext c, String title) {
        if (Words.PLAN.opens(c.plan().document().typeName())) {
            return true;
        }
        String f = Fold.fold(title);
        Matcher verb = ReferenceWords.APPROVES.matcher(f);
        return verb.find() && words(f.substring(0, verb.start())) <= VERB_REACH_WORDS
                && Words.PLAN.opens(f.substring(verb.end()));
    }

    private static int words(String s) {
        String w = s.strip();
        return w.isEmpty() ? 0 : w.split("\\s+").length;
    }
}
