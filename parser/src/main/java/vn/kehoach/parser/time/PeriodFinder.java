package vn.kehoach.parser.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Period;
import vn.kehoach.parser.normalize.Fold;

/**
 * Finds the years a plan covers: "giai đoạn 2013 - 2015", "(2026 - 2030)", "2022-2030", and, failing a range,
 * a single plan year "năm 2025" that is not a horizon ("đến năm 2030", "tầm nhìn ... năm 2045").
 *
 * <p>Thread-safe; stateless.
 */
public final class PeriodFinder {
    private static final Pattern RANGE = Pattern.compile(
            "(?<![0-9/.-])((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})(?![0-9/.-])");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+((?:19|20)\\d{2})\\b");

    /** The first year range in {@code text} whose end is not before its start. */
    public Optional<Period> range(String text) {
        Matcher m = RANGE.matcher(Fold.fold(text));
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to >= from) {
                return Optional.of(new Period(from, to));
            }
        }
        return Optional.empty();
    }

    /** A range, or else the last single "năm YYYY" not preceded by "đến"/"tới" (a horizon, not a period). */
    public Optional<Period> rangeOrYear(String text) {
        Optional<Period> r = range(text);
        if (r.isPresent()) {
            return r;
        }
        Matcher m = YEAR.matcher(Fold.fold(text));
        Period last = null;
        while (m.find()) {
            String before = Fold.fold(text.substring(Math.max(0, m.start() - 10), m.start()));
            if (before.matches(".*\\b(den|toi|truoc|sau|tu)\\s*$")) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            last = new Period(y, y);
        }
        return Optional.ofNullable(last);
    }
}
