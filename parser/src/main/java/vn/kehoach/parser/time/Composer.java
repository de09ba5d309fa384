package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Frequency;

/**
 * Puts the items found in a phrase together: a recurrence with the yearless unit it falls in ("Quý IV hàng năm",
 * "trước ngày 15/12 hằng năm") or the years it runs ("hằng năm, giai đoạn 2021 - 2025"), ongoing work with its
 * years; and, for a whole deadline cell, several items into milestones ({@link Milestones}).
 *
 * <p>Stateless.
 */
final class Composer {
    private Composer() {
    }

    /** The items with each recurrence or ongoing phrase joined to the time next to it that it qualifies. */
    static List<Item> merge(List<Item> items, Lexemes lx) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item b : items) {
            if (!out.isEmpty()) {
                Item a = out.get(out.size() - 1);
                boolean both = a.expr() instanceof Expr.Point && b.expr() instanceof Expr.Point
                        && has(lx, a.next(), b.first(), Cue.AND); // "Quý IV và tháng 12/2013" are two times
                Expr joined = glued(lx, a.next(), b.first()) && !both ? join(a.expr(), b.expr()) : null;
                if (joined != null) {
                    out.set(out.size() - 1, new Item(joined, a.first(), b.next(),
                            a.label() != null ? a.label() : b.label(), a.weak() && b.weak()));
                    if (joined instanceof Expr.Every e && e.within() != null) {
                        distribute(out, e, lx);
                    }
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    /**
     * A recurrence that took the last of a list of yearless units takes the others too: "Tháng 6 và tháng 12 hằng
     * năm", "trước ngày 15/6 và 15/12 hằng năm" recur twice a year.
     */
    private static void distribute(List<Item> out, Expr.Every e, Lexemes lx) {
        for (int k = out.size() - 2; k >= 0; k--) {
            Item it = out.get(k);
            if (!(it.expr() instanceof Expr.Point p) || p.unit().hasYear() || p.unit().grain() != e.within().grain()
                    || !glued(lx, it.next(), out.get(k + 1).first())) {
                return;
            }
            out.set(k, it.with(new Expr.Every(e.frequency(), p.unit(), e.bounds()), it.first(), it.next()));
        }
    }

    /** The one expression a whole deadline phrase says, or empty when it says none. */
    static Optional<Expr> compose(List<Item> items, Lexemes lx) {
        if (hasLunar(lx)) {
            // "Tháng Giêng năm 2025", "rằm tháng 8": no Gregorian date without a lunar table; other times stay.
            items = new ArrayList<>(items);
            items.removeIf(it -> isLunar(lx, it));
        }
        if (items.size() == 1 && !items.get(0).weak() && !(items.get(0).expr() instanceof Expr.Point)) {
            return Optional.of(items.get(0).expr()); // the common case: one range, recurrence, ...
        }
        List<Item> m = new ArrayList<>(merge(items, lx));
        // A bare "ngày 20" or "nay" is no deadline unless a recurrence or range took it.
        m.removeIf(it -> it.expr() instanceof Expr.Point p
                && (p.unit().grain() == Grain.DAY_OF_MONTH || p.unit().grain() == Grain.NOW));
        // An amount of time beside dates is their length: "trong 03 năm (2023 - 2025)"; a year-less "giữa năm"
        // beside dates adds nothing to them: "Tháng 6/2024 (kỳ họp giữa năm)".
        if (m.size() > 1) {
            m.removeIf(it -> it.expr() instanceof Expr.Point p && p.unit().grain() == Grain.YEAR
                    && !p.unit().hasYear());
        }
        if (m.size() > 1) {
            m.removeIf(it -> it.expr() instanceof Expr.Relative r && r.anchor() == null && !r.issue());
        }
        // "6 tháng" with nothing to lead it is an amount only when it is the whole phrase ("Báo cáo 6 tháng" is not).
        int words = words(lx, 0, lx.size());
        m.removeIf(it -> it.weak() && it.expr() instanceof Expr.Relative && words > words(lx, it.first(), it.next()));
        if (m.size() == 2) {
            // One recurrence and one yearless unit in a cell belong together, whatever stands between them.
            Expr a = m.get(0).expr();
            Expr b = m.get(1).expr();
            Expr.Every e = a instanceof Expr.Every x ? x : b instanceof Expr.Every y ? y : null;
            if (e != null && (e == a ? b : a) instanceof Expr.Point p && !p.unit().hasYear()) {
                Expr j = every(e, p);
                if (j != null) {
                    return Optional.of(j);
                }
            }
        }
        if (m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(m.size() == 1 ? m.get(0).expr() : Milestones.of(m, lx));
    }

    private static Expr join(Expr a, Expr b) {
        if (a instanceof Expr.Point p && b instanceof Expr.Point q) {
            return narrower(p, q);
        }
        if (a instanceof Expr.Every e) {
            return every(e, b);
        } else if (b instanceof Expr.Every e) {
            return every(e, a);
        } else if (a instanceof Expr.Ongoing o) {
            return ongoing(o, b);
        } else if (b instanceof Expr.Ongoing o) {
            return ongoing(o, a);
        }
        return null;
    }

    /**
     * Of two units side by side, one inside the other, the narrower: "Năm 2024 (Quý III)", "Quý IV/2024 (tháng
     * 11/2024)", "Trong năm 2024 (chậm nhất trước ngày 30/11/2024)". A yearless one takes the other's year first.
     */
    private static Expr narrower(Expr.Point p, Expr.Point q) {
        Unit a = p.unit();
        Unit b = q.unit();
        if (a.grain() == b.grain() || a.hasYear() == b.hasYear() && !a.hasYear()) {
            return null;
        }
        a = a.hasYear() ? a : a.completedBy(b, true);
        b = b.hasYear() ? b : b.completedBy(a, true);
        if (!a.hasYear() || !b.hasYear() || !a.exists() || !b.exists() || a.year() > 9999 || b.year() > 9999
                || a.grain() == Grain.NOW || b.grain() == Grain.NOW || a.grain() == Grain.DAY_OF_MONTH
                || b.grain() == Grain.DAY_OF_MONTH) {
            return null;
        }
        if (!a.first().isAfter(b.first()) && !a.last().isBefore(b.last())) {
            return new Expr.Point(b, q.by());
        }
        if (!b.first().isAfter(a.first()) && !b.last().isBefore(a.last())) {
            return new Expr.Point(a, p.by());
        }
        return null;
    }

    private static Expr every(Expr.Every e, Expr x) {
        if (x instanceof Expr.Point p && e.within() == null && !p.unit().hasYear() && fits(e.frequency(), p.unit())) {
            return new Expr.Every(e.frequency(), p.unit(), e.bounds());
        }
        if (e.bounds() == null && isYears(x)) {
            return new Expr.Every(e.frequency(), e.within(), x);
        }
        if (x instanceof Expr.Ongoing o) {
            return o;
        }
        return null;
    }

    private static Expr ongoing(Expr.Ongoing o, Expr x) {
        if (x instanceof Expr.Ongoing || x instanceof Expr.Every) {
            return o;
        }
        return o.bounds() == null && isYears(x) ? new Expr.Ongoing(x) : null;
    }

    /**
     * A stretch of years that can bound a recurrence or ongoing work: a range, an open end, or a year ("hằng quý
     * năm 2024"). A dated day or month beside "hằng năm" is a milestone of its own ("Tháng 12/2024 và hằng năm").
     */
    private static boolean isYears(Expr x) {
        return x instanceof Expr.Span || x instanceof Expr.Open
                || x instanceof Expr.Point p && p.unit().hasYear() && p.unit().grain() == Grain.YEAR;
    }

    /**
     * Which units a recurrence can fall in: a day of the month for monthly ones, a part of the year for yearly ones,
     * a day or month for half-yearly ones (the first of the two: "định kỳ 6 tháng, trước ngày 15/6").
     */
    private static boolean fits(Frequency f, Unit u) {
        return switch (u.grain()) {
            case DAY_OF_MONTH -> f == Frequency.MONTHLY;
            case DAY, MONTH -> f == Frequency.YEARLY || f == Frequency.HALF_YEARLY; // half-yearly: the first one
            case QUARTER, HALF -> f == Frequency.YEARLY;
            default -> false;
        };
    }

    /** True when only signs (not a full stop or semicolon) and joining words stand between two items. */
    private static boolean glued(Lexemes lx, int from, int to) {
        for (int k = from; k < to; k++) {
            Lexeme l = lx.at(k);
            boolean sign = l.type() == Lexeme.Type.SIGN && !l.isSign(';') && !l.isSign('.');
            if (!sign && !l.is(Cue.AND) && !l.is(Cue.LEAD)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text names a lunar-calendar time. */
    static boolean hasLunar(Lexemes lx) {
        for (int k = 0; k < lx.size(); k++) {
            if (lx.is(k, Cue.LUNAR)) {
                return true;
            }
        }
        return false;
    }

    /** True when a lunar word stands right before or after the item: "Tết Nguyên đán năm 2025", "tháng 8 âm lịch". */
    static boolean isLunar(Lexemes lx, Item it) {
        return lx.is(it.first() - 1, Cue.LUNAR) || lx.is(it.next(), Cue.LUNAR);
    }

    private static boolean has(Lexemes lx, int from, int to, Cue cue) {
        for (int k = from; k < to; k++) {
            if (lx.is(k, cue)) {
                return true;
            }
        }
        return false;
    }

    /** How many lexemes in {@code [from, to)} are not signs. */
    private static int words(Lexemes lx, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += lx.at(k).type() == Lexeme.Type.SIGN ? 0 : 1;
        }
        return n;
    }
}
