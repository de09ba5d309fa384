package vn.kehoach.parser.time;

import vn.kehoach.model.Frequency;

/**
 * Recurrences and ongoing work: "hằng năm", "Hàng quý", "định kỳ 6 tháng", "định kỳ hằng năm", "6 tháng/lần",
 * "3 tháng một lần", "2 lần/năm"; "Thường xuyên", "Thường xuyên, liên tục", "Hằng ngày". The unit a recurrence
 * falls in ("Quý IV hàng năm") is joined to it by {@link Composer}.
 *
 * <p>Stateless.
 */
final class CycleGrammar {
    private static final Frequency[] FREQUENCIES = Frequency.values();

    private CycleGrammar() {
    }

    /** The recurrence or ongoing phrase that starts at lexeme {@code i}, or null. */
    static Item at(Lexemes lx, int i) {
        Lexeme l = lx.at(i);
        if (l.is(Cue.ONGOING)) {
            int k = i + 1;
            while ((lx.at(k).isSign(',') || lx.is(k, Cue.AND)) && lx.is(k + 1, Cue.ONGOING)) {
                k += 2;
            }
            return new Item(new Expr.Ongoing(null), i, k, null, false);
        }
        boolean periodic = l.is(Cue.PERIODIC);
        int j = periodic ? i + 1 : i;
        if (lx.is(j, Cue.EVERY)) {
            return every(FREQUENCIES[lx.at(j).value()], i, j + 1);
        }
        int n = lx.small(j);
        if (n <= 0) {
            return null;
        }
        if (lx.is(j + 1, Cue.MONTH) || lx.is(j + 1, Cue.YEAR) && n == 1) {
            // "6 tháng/lần", "3 tháng một lần", "định kỳ 6 tháng", "1 năm/lần"
            Frequency f = ofMonths(lx.is(j + 1, Cue.YEAR) ? 12 : n);
            int k = j + 2;
            int times = lx.at(k).isSign('/') && lx.is(k + 1, Cue.TIMES) ? k + 2
                    : lx.small(k) == 1 && lx.is(k + 1, Cue.TIMES) ? k + 2 : -1;
            if (f != null && (times > 0 || periodic)) {
                return every(f, i, times > 0 ? times : k);
            }
            return null;
        }
        if (lx.is(j + 1, Cue.TIMES)) {
            // "2 lần/năm", "01 lần/quý", "1 lần mỗi tháng"
            int k = lx.at(j + 2).isSign('/') || lx.is(j + 2, Cue.LEAD) ? j + 3 : j + 2;
            int months = lx.is(k, Cue.YEAR) ? 12 : lx.is(k, Cue.QUARTER) ? 3 : lx.is(k, Cue.MONTH) ? 1 : 0;
            Frequency f = months % n == 0 && months > 0 ? ofMonths(months / n) : null;
            return f == null ? null : every(f, i, k + 1);
        }
        return null;
    }

    private static Item every(Frequency f, int first, int next) {
        return new Item(new Expr.Every(f, null, null), first, next, null, false);
    }

    /** The frequency of a cycle of so many months; null when it has none in the contract (2 months, 2 years). */
    static Frequency ofMonths(int months) {
        return switch (months) {
            case 1 -> Frequency.MONTHLY;
            case 3 -> Frequency.QUARTERLY;
            case 6 -> Frequency.HALF_YEARLY;
            case 12 -> Frequency.YEARLY;
            default -> null;
        };
    }
}
