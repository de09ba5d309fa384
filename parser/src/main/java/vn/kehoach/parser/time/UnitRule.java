package vn.kehoach.parser.time;

/**
 * The shapes of a single {@link Unit}, one constant each, with what it matches in a comment. {@link #longest} tries
 * them all at a position and keeps the longest match; {@link #bare} reads the second end of a range or list in the
 * grain of the first ("Quý III - IV/2024", "quý II, III năm 2024").
 */
enum UnitRule {
    /** "ngày 30/10/2027", "30-10-2027", "30.10.2027", "05 / 02 / 2024". */
    NUMERIC_DATE {
        @Override
        Found match(Lexemes lx, int i) {
            int j = lx.is(i, Cue.DAY) ? i + 1 : i;
            int d = lx.digits(j, 1, 2);
            Lexeme sep = lx.at(j + 1);
            int m = lx.digits(j + 2, 1, 2);
            if (d < 0 || !sep.isSeparator() || m < 0 || !lx.at(j + 3).isSign((char) sep.value()) || !lx.isYear(j + 4)) {
                return null;
            }
            return found(Unit.of(Grain.DAY, m, d, 0, lx.start(j), 0).year(lx.at(j + 4)), j + 5, false);
        }
    },
    /** "ngày 05 tháng 02 năm 2024", "14 tháng 8, năm 2013". */
    WORD_DATE {
        @Override
        Found match(Lexemes lx, int i) {
            int j = lx.is(i, Cue.DAY) ? i + 1 : i;
            int d = lx.digits(j, 1, 2);
            int m = lx.small(j + 2);
            if (d < 0 || !lx.is(j + 1, Cue.MONTH) || m < 0) {
                return null;
            }
            int k = lx.at(j + 3).isSign(',') ? j + 4 : j + 3;
            if (!lx.is(k, Cue.YEAR) || !lx.isYear(k + 1)) {
                return null;
            }
            return found(Unit.of(Grain.DAY, m, d, 0, lx.start(j), 0).year(lx.at(k + 1)), k + 2, false);
        }
    },
    /** "ngày 15/12", "trước 15/12", "ngày 20-7" (the year comes from the plan). */
    DAY_MONTH {
        @Override
        Found match(Lexemes lx, int i) {
            boolean cue = lx.is(i, Cue.DAY);
            int j = cue ? i + 1 : i;
            int d = lx.digits(j, 1, 2);
            Lexeme sep = lx.at(j + 1);
            int m = lx.digits(j + 2, 1, 2);
            boolean tight = !sep.spaced() && !lx.at(j + 2).spaced();
            if (d < 1 || d > 31 || m < 1 || m > 12 || !sep.isSeparator() || !tight || !cue && sep.isSign('.')
                    || !cue && afterCount(lx, i)
                    || lx.at(j + 3).isSign((char) sep.value()) && !lx.at(j + 3).spaced()) { // "15/12/20": no
                return null;
            }
            return found(Unit.of(Grain.DAY, m, d, 0, lx.start(j), lx.at(j + 2).end()), j + 3, !cue);
        }
    },
    /** "ngày 15 tháng 12" (the year comes from the plan). */
    WORD_DAY_MONTH {
        @Override
        Found match(Lexemes lx, int i) {
            int d = lx.digits(i + 1, 1, 2);
            int m = lx.small(i + 3);
            if (!lx.is(i, Cue.DAY) || d < 1 || d > 31 || !lx.is(i + 2, Cue.MONTH) || m < 1 || m > 12) {
                return null;
            }
            return found(Unit.of(Grain.DAY, m, d, 0, lx.start(i + 1), lx.at(i + 3).end()), i + 4, false);
        }
    },
    /** "tháng 8/2013", "tháng 7.2021", "tháng 10 năm 2023", "tháng Tám, năm 2024", "8/2013". */
    MONTH_YEAR {
        @Override
        Found match(Lexemes lx, int i) {
            boolean cue = lx.is(i, Cue.MONTH);
            int j = cue ? i + 1 : i;
            int m = cue ? lx.small(j) : lx.digits(j, 1, 2);
            if (m < 0 || !cue && (m < 1 || m > 12 || afterCount(lx, i))) {
                return null;
            }
            Unit month = Unit.of(Grain.MONTH, m, 0, 0, lx.start(i), 0);
            Lexeme sep = lx.at(j + 1);
            if (sep.isSeparator() && lx.isYear(j + 2) && (cue || sep.isSign('/'))) {
                return found(month.year(lx.at(j + 2)), j + 3, !cue);
            }
            int k = lx.at(j + 1).isSign(',') ? j + 2 : j + 1;
            if (cue && lx.is(k, Cue.YEAR) && lx.isYear(k + 1)) {
                return found(month.year(lx.at(k + 1)), k + 2, false);
            }
            return null;
        }
    },
    /** "tháng 12", "tháng Tám" (the year comes from the plan). */
    MONTH {
        @Override
        Found match(Lexemes lx, int i) {
            // Digits only: "Cách mạng tháng Tám" is a name, "tháng Tám năm 2024" a month (MONTH_YEAR).
            int m = lx.digits(i + 1, 1, 2);
            if (!lx.is(i, Cue.MONTH) || m < 0) {
                return null;
            }
            return found(Unit.of(Grain.MONTH, m, 0, 0, lx.start(i), lx.at(i + 1).end()), i + 2, false);
        }
    },
    /**
     * "Quý IV năm 2013", "quý I/2015", "Quý 3/2024", "Q4-2024", "Quí II" (old spelling), "quý đầu năm 2025", "quý II"
     * (year from the plan).
     */
    QUARTER {
        @Override
        Found match(Lexemes lx, int i) {
            if (!lx.is(i, Cue.QUARTER)) {
                return null;
            }
            Lexeme part = lx.at(i + 1);
            if (part.is(Cue.YEAR_PART) && part.value() != Cue.WHOLE) {
                // "quý đầu năm 2025", "quý cuối năm"
                Unit q = Unit.of(Grain.QUARTER, 0, 0, part.value() == Cue.FIRST ? 1 : 4, lx.start(i), part.end());
                return lx.isYear(i + 2) ? found(q.year(lx.at(i + 2)), i + 3, false) : found(q, i + 2, false);
            }
            return quarter(lx, i + 1, lx.start(i));
        }
    },
    /** "6 tháng đầu năm 2024", "sáu tháng cuối năm", "6 tháng năm 2024", "9 tháng đầu năm", "nửa đầu năm 2025". */
    HALF {
        @Override
        Found match(Lexemes lx, int i) {
            int n = lx.small(i);
            int part;
            int k;
            if (lx.is(i, Cue.HALF) && lx.is(i + 1, Cue.YEAR_PART) && lx.at(i + 1).value() != Cue.WHOLE) {
                n = 6;
                part = lx.at(i + 1).value();
                k = i + 2;
            } else if ((n == 3 || n == 6 || n == 9) && lx.is(i + 1, Cue.MONTH)) {
                Lexeme p = lx.at(i + 2);
                if (p.is(Cue.YEAR_PART) && p.value() != Cue.WHOLE) {
                    part = p.value();
                    k = i + 3;
                } else if (p.is(Cue.YEAR) && lx.isYear(i + 3) && n != 3) {
                    part = Cue.FIRST; // "6 tháng năm 2024" is the first half, as in "sơ kết 6 tháng"
                    k = i + 3;
                } else {
                    return null;
                }
            } else {
                return null;
            }
            Unit u;
            if (n == 3) {
                u = Unit.of(Grain.QUARTER, 0, 0, part == Cue.FIRST ? 1 : 4, lx.start(i), lx.end(k));
            } else if (n == 6) {
                u = Unit.of(Grain.HALF, 0, 0, part == Cue.FIRST ? 1 : 2, lx.start(i), lx.end(k));
            } else if (part == Cue.FIRST) {
                u = Unit.of(Grain.NINE_MONTHS, 0, 0, 0, lx.start(i), lx.end(k));
            } else {
                return null;
            }
            return lx.isYear(k) ? found(u.year(lx.at(k)), k + 1, false) : found(u, k, false);
        }
    },
    /** "năm 2023", "cuối năm 2024", "trong năm 2025", "2023"; "cuối năm", "năm nay" (the plan's year). */
    YEAR {
        @Override
        Found match(Lexemes lx, int i) {
            Lexeme l = lx.at(i);
            if (l.is(Cue.YEAR) || l.is(Cue.YEAR_PART)) {
                if (lx.isYear(i + 1)) {
                    return found(Unit.of(Grain.YEAR, 0, 0, 0, l.start(), 0).year(lx.at(i + 1)), i + 2, false);
                }
                if (l.is(Cue.YEAR_PART)) {
                    return found(Unit.of(Grain.YEAR, 0, 0, 0, l.start(), l.end()), i + 1, false);
                }
                if (lx.is(i + 1, Cue.NOW)) {
                    return found(Unit.of(Grain.YEAR, 0, 0, 0, l.start(), lx.at(i + 1).end()), i + 2, false);
                }
                return null;
            }
            boolean glued = lx.at(i - 1).isSeparator() && !l.spaced(); // "V/2024" is no year of its own
            if (l.isNumber() && l.digits() == 4 && l.number() >= 1900 && l.number() < 2200 && !glued) {
                return found(Unit.of(Grain.YEAR, 0, 0, 0, l.start(), 0).year(l), i + 1, true);
            }
            return null;
        }
    },
    /**
     * "ngày 20", a day of every month ("ngày 20 hằng tháng"), or the first day of "ngày 01 - 15/7/2024" and
     * "15-16/8/2024".
     */
    DAY_OF_MONTH {
        @Override
        Found match(Lexemes lx, int i) {
            boolean cue = lx.is(i, Cue.DAY);
            int j = cue ? i + 1 : i;
            int d = lx.digits(j, 1, 2);
            boolean range = lx.at(j + 1).isSign('-') && lx.digits(j + 2, 1, 2) > 0 && lx.at(j + 3).isSeparator();
            if (d < 1 || d > 31 || !cue && !range) {
                return null;
            }
            return found(Unit.of(Grain.DAY_OF_MONTH, 0, d, 0, lx.start(j), lx.at(j).end()), j + 1, false);
        }
    };

    /** The rules that can match at a lexeme, by its cue; {@link #BY_NUMBER} for numbers and number words. */
    private static final java.util.EnumMap<Cue, UnitRule[]> BY_CUE = new java.util.EnumMap<>(Cue.class);
    private static final UnitRule[] BY_NUMBER = {NUMERIC_DATE, WORD_DATE, DAY_MONTH, MONTH_YEAR, HALF, YEAR,
        DAY_OF_MONTH};

    static {
        BY_CUE.put(Cue.DAY, new UnitRule[] {NUMERIC_DATE, WORD_DATE, DAY_MONTH, WORD_DAY_MONTH, DAY_OF_MONTH});
        BY_CUE.put(Cue.MONTH, new UnitRule[] {MONTH_YEAR, MONTH});
        BY_CUE.put(Cue.QUARTER, new UnitRule[] {QUARTER});
        BY_CUE.put(Cue.HALF, new UnitRule[] {HALF});
        BY_CUE.put(Cue.YEAR, new UnitRule[] {YEAR});
        BY_CUE.put(Cue.YEAR_PART, new UnitRule[] {YEAR});
    }

    /**
     * A unit found, the lexeme after it, and whether it is weak: written without any word that makes it a time
     * ("2023", "15/12", "8/2013"), so that it counts in a deadline cell but not in running text.
     */
    record Found(Unit unit, int next, boolean weak) {
    }

    abstract Found match(Lexemes lx, int i);

    /** The longest unit written at {@code i}, or null. */
    static Found longest(Lexemes lx, int i) {
        Lexeme l = lx.at(i);
        UnitRule[] rules = l.isNumber() || l.number() >= 0 ? BY_NUMBER : l.cue() == null ? null : BY_CUE.get(l.cue());
        if (rules == null) {
            return null; // every unit starts with a number or a unit word
        }
        Found best = null;
        for (UnitRule rule : rules) {
            Found f = rule.match(lx, i);
            if (f != null && (best == null || f.next > best.next)) {
                best = f;
            }
        }
        return best;
    }

    /** A unit of {@code grain} written without its unit word ("IV/2024" after "Quý III -"), or a full unit. */
    static Found bare(Grain grain, Lexemes lx, int i) {
        Found full = longest(lx, i);
        if (full != null && (full.unit.grain() == grain || !full.weak)) {
            return full;
        }
        return switch (grain) {
            case YEAR -> lx.isYear(i) ? found(Unit.of(Grain.YEAR, 0, 0, 0, lx.start(i), 0).year(lx.at(i)), i + 1,
                    false) : null;
            case QUARTER -> quarter(lx, i, lx.start(i));
            case MONTH -> {
                int m = lx.digits(i, 1, 2);
                yield m >= 1 && m <= 12 ? withYear(Unit.of(Grain.MONTH, m, 0, 0, lx.start(i), lx.at(i).end()), lx,
                        i + 1) : null;
            }
            case DAY, DAY_OF_MONTH -> {
                int d = lx.digits(i, 1, 2);
                yield d >= 1 && d <= 31 ? found(Unit.of(Grain.DAY_OF_MONTH, 0, d, 0, lx.start(i), lx.at(i).end()),
                        i + 1, false) : full;
            }
            default -> full;
        };
    }

    /** A quarter's numeral at {@code i} ("IV", "3") and its year if written ("/2015", "năm 2013", "-2024"). */
    private static Found quarter(Lexemes lx, int i, int from) {
        Lexeme n = lx.at(i);
        int q = n.roman() > 0 ? n.roman() : lx.digits(i, 1, 1);
        if (q < 1 || q > 4) {
            return null;
        }
        return withYear(Unit.of(Grain.QUARTER, 0, 0, q, from, n.end()), lx, i + 1);
    }

    /** The unit with the year written after it at {@code k} ("/2015", ", năm 2013"), or without. */
    private static Found withYear(Unit u, Lexemes lx, int k) {
        if (lx.at(k).isSeparator() && lx.isYear(k + 1)) {
            return found(u.year(lx.at(k + 1)), k + 2, false);
        }
        int y = lx.at(k).isSign(',') ? k + 1 : k;
        if (lx.is(y, Cue.YEAR) && lx.isYear(y + 1)) {
            return found(u.year(lx.at(y + 1)), y + 2, false);
        }
        return found(u, k, false);
    }

    /** True when a number at {@code i} counts something: "Đợt 1/2024", "Khóa 2/2024", "số 12/2024". */
    private static boolean afterCount(Lexemes lx, int i) {
        Lexeme before = lx.at(i - 1);
        return before.is(Cue.COUNTER) || before.is(Cue.TIMES);
    }

    private static Found found(Unit u, int next, boolean weak) {
        return new Found(u, next, weak);
    }
}
