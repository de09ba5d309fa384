package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Time expressions built of units: a unit with the words before it ("trước ngày 31/12/2024", "kể từ ngày
 * 01/7/2021", "tầm nhìn đến năm 2035"), ranges ("2023 - 2025", "từ tháng 9/2013 đến quý IV/2015", "Tháng 10 -
 * 11/2024", "từ nay đến hết năm 2026", "năm học 2024 - 2025"), lists ("quý II, III năm 2024") and open ends
 * ("Năm 2023 và các năm tiếp theo", "từ năm 2024").
 *
 * <p>Stateless.
 */
final class TimeGrammar {
    /** Words that may stand before a time, at most ("chậm nhất là vào cuối ..."): keeps the scan linear. */
    private static final int MAX_LEAD = 4;

    private TimeGrammar() {
    }

    /**
     * The time expression that starts at lexeme {@code i}: one item, or one per unit for a list whose units do not
     * follow each other ("quý I, III năm 2024"); empty when none starts there.
     */
    static List<Item> at(Lexemes lx, int i) {
        int j = i;
        boolean by = false;
        boolean from = false;
        boolean after = false;
        boolean cued = false;
        String label = null;
        UnitRule.Found left = UnitRule.longest(lx, j);
        while (left == null) {
            if (j - i >= MAX_LEAD) {
                return List.of();
            }
            Lexeme l = lx.at(j);
            int clock = clock(lx, j);
            if (clock > j || cued && l.isSign(':')) {
                // "trước 17h00 ngày 20/10/2023", "Hạn chót: 30/9/2023"
                j = clock > j ? clock : j + 1;
                left = UnitRule.longest(lx, j);
                continue;
            }
            if (l.cue() == null) {
                return List.of();
            }
            switch (l.cue()) {
                case BY, UNTIL -> by = true;
                case FROM -> from = true;
                case AFTER -> after = true;
                case VISION -> label = lx.text(j, j + 1);
                case LEAD, WITHIN -> { }
                case SCHOOL_YEAR -> {
                    return schoolYear(lx, i, j);
                }
                case NOW -> {
                    if (from) {
                        left = new UnitRule.Found(Unit.of(Grain.NOW, 0, 0, 0, l.start(), l.end()), j + 1, false);
                        continue;
                    }
                    return List.of();
                }
                default -> {
                    return List.of();
                }
            }
            cued = true;
            j++;
            left = UnitRule.longest(lx, j);
        }
        int k = left.next();
        Lexeme c = lx.at(k);
        if (c.isSign('-') || c.is(Cue.UNTIL)) {
            UnitRule.Found right = right(lx, k + 1, left.unit().grain());
            if (right != null && (left.unit().grain() != Grain.DAY_OF_MONTH || right.unit().grain() == Grain.DAY)) {
                // A bare day starts a range of days only: "ngày 01 - 15/7/2024", not "ngày 01 - 2024".
                Unit a = left.unit().completedBy(right.unit(), true);
                Unit b = right.unit().completedBy(left.unit(), false);
                boolean years = a.grain() == Grain.YEAR && b.grain() == Grain.YEAR;
                boolean weak = !cued && !years && left.weak() && right.weak();
                int onward = onward(lx, right.next());
                if (onward > 0) {
                    return List.of(new Item(new Expr.Open(a, false, b), i, onward, label, false));
                }
                return List.of(new Item(new Expr.Span(a, b), i, right.next(), label, weak));
            }
        }
        if ((c.isSign(',') || c.is(Cue.AND)) && left.unit().grain() != Grain.NOW) {
            List<Item> list = list(lx, i, left, label, cued);
            if (!list.isEmpty()) {
                return list;
            }
        }
        int onward = onward(lx, k);
        if (onward > 0) {
            return List.of(new Item(new Expr.Open(left.unit(), false), i, onward, label, false));
        }
        if (left.unit().grain() == Grain.NOW) {
            return List.of();
        }
        Expr e = from ? new Expr.Open(left.unit(), false)
                : after ? new Expr.Open(left.unit(), true) : new Expr.Point(left.unit(), by);
        return List.of(new Item(e, i, k, label, left.weak() && !cued));
    }

    /** The lexeme after "và các năm tiếp theo" or ", các năm tiếp theo" at {@code k}, or -1. */
    private static int onward(Lexemes lx, int k) {
        if (lx.is(k, Cue.ONWARD)) {
            return k + 1;
        }
        return lx.at(k).isSign(',') && lx.is(k + 1, Cue.ONWARD) ? k + 2 : -1;
    }

    /** The lexeme after a time of day at {@code j} ("17h00", "17 giờ 30", "8 giờ"), or {@code j}. */
    private static int clock(Lexemes lx, int j) {
        if (!lx.at(j).isNumber() || !lx.is(j + 1, Cue.CLOCK)) {
            return j;
        }
        int k = j + 2;
        if (lx.digits(k, 1, 2) >= 0 && !lx.is(k + 1, Cue.MONTH) && !lx.at(k + 1).isSeparator()) {
            k = lx.is(k + 1, Cue.CLOCK) ? k + 2 : k + 1;
        }
        return k;
    }

    /** The second end of a range, after "-" or "đến": a unit, a bare numeral in the first end's grain, or "nay". */
    private static UnitRule.Found right(Lexemes lx, int r, Grain grain) {
        for (int lead = 0; lead < MAX_LEAD && lx.is(r, Cue.LEAD); lead++) {
            r++; // "đến cuối tháng 6/2024"
        }
        Lexeme l = lx.at(r);
        if (l.is(Cue.NOW)) {
            return new UnitRule.Found(Unit.of(Grain.NOW, 0, 0, 0, l.start(), l.end()), r + 1, false);
        }
        return grain == Grain.NOW ? UnitRule.longest(lx, r) : UnitRule.bare(grain, lx, r);
    }

    /**
     * Units of one grain joined by commas and "và": a range when each follows the one before ("Năm 2024, 2025",
     * "quý II, III năm 2024"), else one item per unit; yearless units take the year written after them.
     */
    private static List<Item> list(Lexemes lx, int i, UnitRule.Found left, String label, boolean cued) {
        List<UnitRule.Found> units = new ArrayList<>(4);
        units.add(left);
        int k = left.next();
        while (lx.at(k).isSign(',') || lx.is(k, Cue.AND)) {
            int r = lx.is(k + 1, Cue.AND) ? k + 2 : k + 1;
            UnitRule.Found next = UnitRule.bare(left.unit().grain(), lx, r);
            if (next == null || next.unit().grain() != left.unit().grain()) {
                break;
            }
            units.add(next);
            k = next.next();
        }
        if (units.size() < 2) {
            return List.of();
        }
        Unit[] u = new Unit[units.size()];
        for (int n = 0; n < u.length; n++) {
            u[n] = units.get(n).unit();
        }
        for (int n = u.length - 2; n >= 0; n--) {
            u[n] = u[n].completedBy(u[n + 1], true);
        }
        for (int n = 1; n < u.length; n++) {
            u[n] = u[n].completedBy(u[n - 1], false);
        }
        boolean weak = !cued && units.stream().allMatch(UnitRule.Found::weak);
        if (follow(u)) {
            return List.of(new Item(new Expr.Span(u[0], u[u.length - 1]), i, k, label, weak));
        }
        List<Item> items = new ArrayList<>(u.length);
        int first = i;
        for (int n = 0; n < u.length; n++) {
            int next = units.get(n).next();
            items.add(new Item(new Expr.Point(u[n], false), first, next, n == 0 ? label : null, weak));
            first = lx.is(next + 1, Cue.AND) ? next + 2 : next + 1;
        }
        return items;
    }

    /** True when every unit comes right after the one before it. */
    private static boolean follow(Unit[] u) {
        for (int n = 1; n < u.length; n++) {
            int a = u[n - 1].ordinal();
            if (a == Integer.MIN_VALUE || u[n].ordinal() != a + 1 || u[n].hasYear() != u[n - 1].hasYear()) {
                return false;
            }
        }
        return true;
    }

    /** "năm học 2024 - 2025": September of the first year to May of the second. */
    private static List<Item> schoolYear(Lexemes lx, int i, int j) {
        if (!lx.isYear(j + 1) || !lx.at(j + 2).isSeparator() || !lx.isYear(j + 3)) {
            return List.of();
        }
        Unit from = Unit.of(Grain.MONTH, 9, 0, 0, lx.start(j), 0).year(lx.at(j + 1));
        Unit to = Unit.of(Grain.MONTH, 5, 0, 0, lx.start(j + 3), 0).year(lx.at(j + 3));
        int onward = onward(lx, j + 4);
        return List.of(onward > 0 ? new Item(new Expr.Open(from, false), i, onward, null, false)
                : new Item(new Expr.Span(from, to), i, j + 4, null, false));
    }
}
