package vn.kehoach.parser.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Comparison;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.model.Target;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * Reads the quantitative targets of an objective: "Đến cuối năm 2023 đạt trên 80%, cuối năm 2024 đạt trên 90%
 * và đến hết năm 2025 đạt 100%" gives GT 80 by 2023, GT 90 by 2024, EQ 100 by 2025. A percentage is a target
 * with or without a horizon; a count ("ít nhất 50 cán bộ") is one only with a comparator and a dated horizon
 * of its own close before it ("đến năm 2025 đào tạo ... ít nhất 50 cán bộ"), not one a value before it took:
 * without one it is a standing norm ("mỗi năm ít nhất 01 lớp"). A horizon ("đến năm 2025", "cuối năm 2024", "giai đoạn 2022 - 2027") holds for the values
 * after it until the next one. Comparators come from {@code comparators.tsv}, counted nouns from
 * {@code target-units.txt}.
 *
 * <p>Thread-safe; immutable.
 */
public final class TargetParser {
    /** A count is a target only when its horizon is at most this many words before it. */
    private static final int COUNT_HORIZON_WORDS = 10;
    /** A value this many words or fewer after the previous one, after "và" or a comma, shares its comparator. */
    private static final int COORDINATED_WORDS = 8;
    private static final Pattern HORIZON = Pattern.compile(
            "\\b(?:(?:den|toi)\\s+(?:het\\s+|cuoi\\s+)?|cuoi\\s+|het\\s+|trong\\s+|truoc\\s+)?nam\\s+((?:19|20)\\d{2})\\b"
                    + "|\\bgiai doan\\s+((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,/])(\\d{1,6})(?![\\d.,/%])\\s+");

    private final List<String[]> comparators;
    private final List<String[]> units;

    public TargetParser() {
        this(Vocabulary.rows("comparators.tsv"), Vocabulary.words("target-units.txt"));
    }

    TargetParser(List<String[]> comparators, List<String> units) {
        List<String[]> c = new ArrayList<>(comparators);
        c.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        this.comparators = List.copyOf(c);
        List<String[]> u = new ArrayList<>();
        for (String unit : units) {
            u.add(new String[] {Fold.fold(unit), unit});
        }
        u.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        this.units = List.copyOf(u);
    }

    private record Horizon(int start, int end, Deadline deadline) {
    }

    private record Value(int start, int end, BigDecimal value, String unit, boolean percent) {
    }

    /** The targets stated in {@code text}, in order. */
    public List<Target> parse(String text) {
        String f = Fold.fold(text);
        List<Horizon> horizons = horizons(text, f);
        List<Target> out = new ArrayList<>();
        int previousEnd = 0;
        for (Value v : values(text, f)) {
            Horizon h = null;
            for (Horizon x : horizons) {
                if (x.end() <= v.start()) {
                    h = x;
                }
            }
            String[] comparator = comparatorBefore(f, v.start());
            if (!v.percent() && (comparator == null || h == null || h.end() < previousEnd
                    || words(f, h.end(), v.start()) > COUNT_HORIZON_WORDS)) {
                continue; // a count with no dated horizon of its own close before it is a norm, not a target
            }
            Comparison cmp = comparator != null ? Comparison.valueOf(comparator[1].strip())
                    : coordinated(f, previousEnd, v.start()) ? out.get(out.size() - 1).comparator() : Comparison.EQ;
            int from = h != null && h.start() >= previousEnd ? h.start()
                    : comparator == null ? v.start() : v.start() - comparatorLength(f, v.start(), comparator[0]);
            out.add(new Target(text.substring(from, v.end()).strip(), v.value(), v.unit(), cmp,
                    h == null ? null : h.deadline()));
            previousEnd = v.end();
        }
        return out;
    }

    private static List<Horizon> horizons(String text, String f) {
        List<Horizon> out = new ArrayList<>();
        Matcher m = HORIZON.matcher(f);
        while (m.find()) {
            String phrase = text.substring(m.start(), m.end());
            Deadline d;
            if (m.group(1) != null) {
                int y = Integer.parseInt(m.group(1));
                d = new Deadline(phrase, DeadlineKind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), null,
                        List.of(), null);
            } else {
                int from = Integer.parseInt(m.group(2));
                int to = Integer.parseInt(m.group(3));
                if (to < from) {
                    continue;
                }
                d = new Deadline(phrase, DeadlineKind.RANGE, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), null,
                        List.of(), null);
            }
            out.add(new Horizon(m.start(), m.end(), d));
        }
        return out;
    }

    private List<Value> values(String text, String f) {
        List<Value> out = new ArrayList<>();
        Matcher p = PERCENT.matcher(f);
        while (p.find()) {
            out.add(new Value(p.start(), p.end(), new BigDecimal(p.group(1).replace(',', '.')), "%", true));
        }
        Matcher n = NUMBER.matcher(f);
        while (n.find()) {
            for (String[] u : units) {
                if (f.startsWith(u[0], n.end()) && (n.end() + u[0].length() == f.length()
                        || !Character.isLetter(f.charAt(n.end() + u[0].length())))) {
                    int end = n.end() + u[0].length();
                    out.add(new Value(n.start(), end, new BigDecimal(n.group(1)), text.substring(n.end(), end), false));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Value::start));
        return out;
    }

    /**
     * True when a value follows the previous one in the same clause, joined by "và" or a comma ("ít nhất 30%
     * thời gian ... và 30% chi phí"): the comparator of the first holds for it too.
     */
    private static boolean coordinated(String f, int previousEnd, int at) {
        if (previousEnd == 0) {
            return false;
        }
        String between = f.substring(previousEnd, at);
        return !between.contains(";") && !between.contains(".") && words(f, previousEnd, at) <= COORDINATED_WORDS
                && between.stripTrailing().matches("(?s).*(\\bva|,)$");
    }

    /** The longest comparator whose words end right before {@code at}, or null. */
    private String[] comparatorBefore(String f, int at) {
        String before = f.substring(Math.max(0, at - 30), at).stripTrailing();
        for (String[] c : comparators) {
            String w = c[0].strip();
            if (before.endsWith(w) && (before.length() == w.length()
                    || !Character.isLetter(before.charAt(before.length() - w.length() - 1)))) {
                return c;
            }
        }
        return null;
    }

    private static int comparatorLength(String f, int at, String words) {
        String before = f.substring(0, at);
        int i = before.stripTrailing().lastIndexOf(words.strip());
        return i < 0 ? 0 : at - i;
    }

    private static int words(String f, int from, int to) {
        String s = f.substring(Math.min(from, to), to).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
