package vn.kehoach.parser.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.model.Recurrence;

/**
 * Turns what a phrase says ({@link Expr}) into the contract's {@link Deadline}, with the plan's context: year-less
 * units take the first year, from the issue date on, in which they have not yet ended (else the period's first
 * year); recurring, ongoing and open-ended deadlines take the period's bounds unless the phrase states its own.
 * Days that do not exist ({@code DATE_INVALID}), implausible years ({@code YEAR_IMPLAUSIBLE}) and ranges that end
 * before they start ({@code DEADLINE_UNPARSED}) make the whole reading UNPARSED.
 *
 * <p>One resolver per reading: it collects the reading's issues (offsets into the normalized text). Not
 * thread-safe.
 */
final class Resolver {
    /** Years before this are history, not deadlines. */
    static final int FIRST_YEAR = 1945;
    /** How far after the plan's year a year may lie. */
    static final int HORIZON = 50;
    private static final int CURRENT_YEAR = Year.now().getValue();

    private final DeadlineContext context;
    private final String text;
    private final int lastYear;
    private List<DeadlineIssue> issues = List.of();
    private boolean broken;

    Resolver(DeadlineContext context, String text) {
        this.context = context;
        this.text = text;
        int year = context.issuedOn() != null ? context.issuedOn().getYear()
                : context.period() != null ? context.period().from() : CURRENT_YEAR;
        this.lastYear = year + HORIZON;
    }

    /** True when something made the reading UNPARSED. */
    boolean broken() {
        return broken;
    }

    List<DeadlineIssue> issues() {
        return issues;
    }

    /** An UNPARSED deadline for a phrase the grammar found nothing in. */
    Deadline unparsed(String phrase) {
        issue(DeadlineIssue.DEADLINE_UNPARSED, 0, text.length());
        return deadline(phrase, DeadlineKind.UNPARSED, null, null, null, null);
    }

    /** The deadline {@code e} says, written as {@code phrase}; UNPARSED when it has an invalid part. */
    Deadline resolve(Expr e, String phrase, String label) {
        Deadline d = read(e, phrase, label);
        return broken ? deadline(phrase, DeadlineKind.UNPARSED, null, null, null, label) : d;
    }

    private Deadline read(Expr e, String phrase, String label) {
        if (e instanceof Expr.Point p) {
            Unit u = fill(p.unit());
            boolean ok = check(u);
            LocalDate start = p.by() && u.grain() == Grain.DAY || !ok ? null : first(u);
            return deadline(phrase, u.grain().kind(), start, ok ? last(u) : null, null, label);
        } else if (e instanceof Expr.Span s) {
            return span(s, phrase, label);
        } else if (e instanceof Expr.Open o) {
            Unit u = fill(o.from());
            boolean ok = check(u) & (o.written() == null || check(o.written()));
            LocalDate start = !ok ? null : o.after() ? next(last(u)) : first(u);
            LocalDate end = periodEnd();
            return deadline(phrase, DeadlineKind.OPEN_ENDED, start, end != null && start != null
                    && !end.isBefore(start) ? end : null, null, label);
        } else if (e instanceof Expr.Every v) {
            Unit w = v.within();
            if (w != null && !w.exists()) {
                issue(DeadlineIssue.DATE_INVALID, w.from(), w.to());
            }
            Deadline b = bounds(v.bounds(), phrase);
            return deadline(phrase, DeadlineKind.RECURRING, b.start(), b.end(),
                    new Recurrence(v.frequency(), w == null ? null : w.within()), label);
        } else if (e instanceof Expr.Ongoing o) {
            Deadline b = bounds(o.bounds(), phrase);
            return deadline(phrase, DeadlineKind.ONGOING, b.start(), b.end(), null, label);
        } else if (e instanceof Expr.Relative r) {
            return relative(r, phrase, label);
        }
        List<Deadline> milestones = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (Expr.Milestone m : ((Expr.Several) e).milestones()) {
            Deadline d = read(m.expr(), text.substring(m.from(), m.to()), m.label());
            milestones.add(d);
            // A milestone with one bound counts with it at both ends, so that the start is never after the end.
            LocalDate lo = d.start() != null ? d.start() : d.end();
            LocalDate hi = d.end() != null ? d.end() : d.start();
            start = lo != null && (start == null || lo.isBefore(start)) ? lo : start;
            end = hi != null && (end == null || hi.isAfter(end)) ? hi : end;
        }
        return new Deadline(phrase, DeadlineKind.MULTIPLE, start, end, null, milestones, label);
    }

    private Deadline span(Expr.Span s, String phrase, String label) {
        Unit a = s.from();
        Unit b = s.to();
        if (!a.hasYear() && !b.hasYear()) {
            a = fill(a);
            b = b.completedBy(a, false);
        }
        a = fill(a);
        b = fill(b);
        if (isAnniversary(a, b)) {
            // "(19/8/1945 - 19/8/2025)" names the anniversary, not eighty years of work.
            return read(new Expr.Point(b, false), phrase, label);
        }
        boolean ok = check(a) & check(b);
        LocalDate start = ok ? first(a) : null;
        LocalDate end = ok ? last(b) : null;
        if (start != null && end != null && end.isBefore(start)) {
            issue(DeadlineIssue.DEADLINE_UNPARSED, a.from(), b.to());
        }
        return deadline(phrase, DeadlineKind.RANGE, start, end, null, label);
    }

    private Deadline relative(Expr.Relative r, String phrase, String label) {
        LocalDate anchor = null;
        if (r.anchor() != null) {
            anchor = check(r.anchor()) ? first(r.anchor()) : null;
        } else if (r.issue()) {
            anchor = context.issuedOn();
        }
        LocalDate end = anchor == null || r.amount() == 0 ? null : shift(anchor, r.amount(), r.length(), r.before());
        return deadline(phrase, DeadlineKind.RELATIVE, r.before() ? null : anchor, end, null, label);
    }

    /** The bounds of a recurring or ongoing deadline: those it states, or the plan period's. */
    private Deadline bounds(Expr stated, String phrase) {
        if (stated != null) {
            return read(stated, phrase, null);
        }
        return deadline(phrase, DeadlineKind.RANGE, periodStart(), periodEnd(), null, null);
    }

    /** The first day of a unit; the issue date for "nay"; null when its year is unknown. */
    private LocalDate first(Unit u) {
        return u.grain() == Grain.NOW ? context.issuedOn() : u.hasYear() && u.grain() != Grain.DAY_OF_MONTH
                ? u.first() : null;
    }

    /** The last day of a unit; the issue date for "nay"; null when its year is unknown. */
    private LocalDate last(Unit u) {
        return u.grain() == Grain.NOW ? context.issuedOn() : u.hasYear() && u.grain() != Grain.DAY_OF_MONTH
                ? u.last() : null;
    }

    private static LocalDate next(LocalDate d) {
        return d == null ? null : d.plusDays(1);
    }

    private static boolean isAnniversary(Unit a, Unit b) {
        if (a.grain() != b.grain() || !a.hasYear() || !b.hasYear()) {
            return false;
        }
        int years = b.year() - a.year();
        return a.grain() == Grain.DAY ? a.day() == b.day() && a.month() == b.month() && years >= 10
                : a.grain() == Grain.YEAR && years >= 40 && years % 5 == 0;
    }

    /** A year-less unit in the first year, from the issue date on, in which it has not ended; else as it is. */
    private Unit fill(Unit u) {
        if (u.hasYear() || u.grain() == Grain.DAY_OF_MONTH) {
            return u;
        }
        LocalDate issued = context.issuedOn();
        if (issued != null) {
            Unit same = u.inYear(issued.getYear());
            return same.exists() && same.last().isBefore(issued) ? u.inYear(issued.getYear() + 1) : same;
        }
        return context.period() != null ? u.inYear(context.period().from()) : u;
    }

    /** True when the unit exists and its written year is plausible; else records the issue. */
    private boolean check(Unit u) {
        if (u.grain() == Grain.NOW) {
            return true;
        }
        if (u.yearFrom() >= 0 && (u.yearDigits() > 4 || u.year() < FIRST_YEAR || u.year() > lastYear)) {
            issue(DeadlineIssue.YEAR_IMPLAUSIBLE, u.yearFrom(), u.yearTo());
            return false;
        }
        if (!u.exists()) {
            issue(DeadlineIssue.DATE_INVALID, u.from(), u.to());
            return false;
        }
        return true;
    }

    private LocalDate periodStart() {
        return context.period() == null ? null : LocalDate.of(context.period().from(), 1, 1);
    }

    private LocalDate periodEnd() {
        return context.period() == null ? null : LocalDate.of(context.period().to(), 12, 31);
    }

    /** The anchor moved by the amount; working days skip Saturdays and Sundays (holidays are not known). */
    private static LocalDate shift(LocalDate anchor, int amount, Length length, boolean back) {
        int sign = back ? -1 : 1;
        return switch (length) {
            case DAYS -> anchor.plusDays((long) sign * amount);
            case WEEKS -> anchor.plusWeeks((long) sign * amount);
            case MONTHS -> anchor.plusMonths((long) sign * amount);
            case YEARS -> anchor.plusYears((long) sign * amount);
            case WORKING_DAYS -> {
                LocalDate d = anchor;
                for (int left = Math.min(amount, 10_000); left > 0; ) {
                    d = d.plusDays(sign);
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        left--;
                    }
                }
                yield d;
            }
        };
    }

    private void issue(String code, int from, int to) {
        if (issues.isEmpty()) {
            issues = new ArrayList<>(2);
        }
        issues.add(new DeadlineIssue(code, from, to, text.substring(from, to)));
        broken = true;
    }

    private static Deadline deadline(String phrase, DeadlineKind kind, LocalDate start, LocalDate end,
            Recurrence recurrence, String label) {
        return new Deadline(phrase, kind, start, end, recurrence, List.of(), label);
    }
}
