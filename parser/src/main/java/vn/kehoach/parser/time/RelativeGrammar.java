package vn.kehoach.parser.time;

/**
 * Relative deadlines: an amount of time counted from an event ("chậm nhất 15 ngày, kể từ ngày đề án được phê duyệt
 * (ngày 8/8/2022)", "sau 07 ngày kể từ ngày ban hành", "trong vòng 10 ngày làm việc", "05 ngày trước ngày khai
 * mạc"), or an event alone ("Sau khi Kế hoạch được ban hành", "kể từ ngày ký"). The anchor is a date written in
 * the event's words, or the issue date when {@link Anchors} says the event is the issue.
 *
 * <p>Thread-safe; immutable.
 */
final class RelativeGrammar {
    /** Words an event may run to, at most. */
    private static final int MAX_EVENT = 30;

    private final Anchors anchors;

    RelativeGrammar(Anchors anchors) {
        this.anchors = anchors;
    }

    /** An event, where it ends, and its date if one is written in it. */
    private record Event(Unit date, boolean issue, int next) {
    }

    /** The relative deadline that starts at lexeme {@code i}, or null. */
    Item at(Lexemes lx, int i) {
        int j = i;
        while (j < i + 2 && isLead(lx.at(j)) && !lx.at(j + 1).isSign(',')) {
            j++; // "chậm nhất sau 07 ngày", "trong vòng 30 ngày"
        }
        boolean led = j > i;
        Lexeme l = lx.at(j);
        if (l.is(Cue.AFTER_EVENT) || l.is(Cue.FROM) && lx.is(j + 1, Cue.DAY) && !lx.at(j + 2).isNumber()) {
            // "sau khi Kế hoạch được ban hành", "kể từ ngày ký"
            Event e = event(lx, j + 1);
            return e == null ? null : item(new Expr.Relative(0, Length.DAYS, false, e.date, e.issue), i, e.next, false);
        }
        int n = l.isNumber() ? (l.digits() <= 3 ? l.number() : -1) : l.cue() == null ? l.number() : -1;
        Length length = length(lx.at(j + 1));
        if (n <= 0 || length == null || belongsElsewhere(lx, j + 2, length)) {
            return null;
        }
        int k = lx.at(j + 2).isSign(',') ? j + 3 : j + 2;
        Lexeme from = lx.at(k);
        boolean before = from.is(Cue.BY);
        if (from.is(Cue.FROM) || from.is(Cue.AFTER) || from.is(Cue.AFTER_EVENT) || before) {
            Event e = event(lx, k + 1);
            if (e != null) {
                return item(new Expr.Relative(n, length, before, e.date, e.issue), i, e.next, false);
            }
        }
        return item(new Expr.Relative(n, length, false, null, false), i, j + 2, !led);
    }

    private static boolean isLead(Lexeme l) {
        return l.is(Cue.BY) || l.is(Cue.WITHIN) || l.is(Cue.AFTER) || l.is(Cue.LEAD) || l.is(Cue.UNTIL);
    }

    private static Item item(Expr e, int first, int next, boolean weak) {
        return new Item(e, first, next, null, weak);
    }

    private static Length length(Lexeme l) {
        if (l.is(Cue.DURATION)) {
            return Length.values()[l.value()];
        }
        return l.is(Cue.DAY) ? Length.DAYS : l.is(Cue.MONTH) ? Length.MONTHS : l.is(Cue.YEAR) ? Length.YEARS : null;
    }

    /** "6 tháng đầu năm" is a half, "6 tháng/lần" a recurrence, "03 năm 2024" nonsense: not amounts of time. */
    private static boolean belongsElsewhere(Lexemes lx, int k, Length length) {
        Lexeme next = lx.at(k);
        return next.is(Cue.YEAR_PART) || next.is(Cue.TIMES) || next.isSign('/') && lx.is(k + 1, Cue.TIMES)
                || lx.small(k) == 1 && lx.is(k + 1, Cue.TIMES) || lx.isYear(k)
                || length == Length.MONTHS && next.is(Cue.YEAR) && lx.isYear(k + 1);
    }

    /**
     * The event from lexeme {@code i} ("ngày đề án được phê duyệt (ngày 8/8/2022)", "ngày ban hành", "khi có văn
     * bản hướng dẫn") up to a comma, semicolon, full stop or colon outside brackets; null when it has no words.
     */
    private Event event(Lexemes lx, int i) {
        int j = lx.is(i, Cue.DAY) || lx.is(i, Cue.AFTER_EVENT) ? i + 1 : i;
        UnitRule.Found now = UnitRule.longest(lx, i);
        if (now != null && now.unit().grain() == Grain.DAY && now.unit().hasYear()) {
            return new Event(now.unit(), false, now.next()); // "15 ngày kể từ ngày 01/7/2021"
        }
        Unit date = null;
        int depth = 0;
        int k = j;
        int words = j;
        while (k < lx.size() && k - j < MAX_EVENT) {
            Lexeme l = lx.at(k);
            if (l.isSign('(')) {
                depth++;
            } else if (l.isSign(')')) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (l.isSign(',') || l.isSign(';') || l.isSign(':') || l.is(Cue.UNTIL)
                    || l.isSign('.') && lx.at(k + 1).spaced())) {
                break;
            } else {
                UnitRule.Found f = UnitRule.longest(lx, k);
                if (f != null && date == null && f.unit().grain() == Grain.DAY && f.unit().hasYear()) {
                    date = f.unit();
                    k = f.next();
                    continue;
                }
                if (f != null && depth == 0 && !f.weak() && f.unit().grain() != Grain.DAY) {
                    break; // "Sau khi có hướng dẫn, năm 2024": a time of its own, not the event's
                }
            }
            if (date == null && depth == 0) {
                words = k + 1;
            }
            k++;
        }
        if (k == j || words == j && date == null) {
            return null;
        }
        boolean issue = date == null && anchors.isIssue(lx.text(j, words));
        return new Event(date, issue, k);
    }
}
