package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
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
            "(?<![0-9/.-])((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})(?![0-9/-])(?!\\.\\d)");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+((?:19|20)\\d{2})\\b");

    /**
     * A year range as written: "2013 - 2015", or "2015 - 2013" with its end before its start.
     *
     * @param from the first year as written
     * @param to the second year as written
     * @param start where the range starts in the text
     * @param end where it ends (exclusive)
     */
    public record Range(int from, int to, int start, int end) {
        /** True when the end year is before the start year ("2015 - 2013"). */
        public boolean inverted() {
            return to < from;
        }

        /** The period, for a range that is not inverted. */
        public Period period() {
            if (inverted()) {
                throw new IllegalStateException("an inverted range is no period: " + from + "-" + to);
            }
            return new Period(from, to);
        }
    }

    /** Every year range in {@code text}, in order, inverted ones included. */
    public List<Range> ranges(String text) {
        List<Range> out = new ArrayList<>();
        Matcher m = RANGE.matcher(Fold.fold(text));
        while (m.find()) {
            out.add(new Range(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.start(), m.end()));
        }
        return out;
    }

    /** The first year range in {@code text} whose end is not before its start. */
    public Optional<Period> range(String text) {
        return ranges(text).stream().filter(r -> !r.inverted()).findFirst().map(Range::period);
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
