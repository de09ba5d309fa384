package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Period;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.time.PeriodFinder;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The plan's period (from its title, or from the sentence that issues it) differs from a period the text gives
 * to the plan itself: "Kế hoạch đẩy mạnh cải cách chế độ công vụ, công chức tại Văn phòng Chính phủ (Kế hoạch)
 * giai đoạn 2012 - 2015" in a plan of 2013 - 2015. A period belongs to the plan when the document type nearest
 * before it in its clause is the plan's own ("Kế hoạch", or the Đề án a decision approves) and is followed by
 * "này" or by the plan's title again. The periods of cited programmes ("Chương trình tổng thể ... giai đoạn
 * 2011-2020"), of a plan's phases ("giai đoạn 1 từ năm 2022 - 2025"), of another numbered plan and visions
 * ("tầm nhìn đến năm 2030", not a range) are not compared. Where only the name is said again, the periods
 * must overlap (a plan of the same name for 2016 - 2020 is the one before), and a one-year plan ("năm 2025")
 * is compared only where the text says "Kế hoạch này": an annual plan often cites the five-year plan of the
 * same name.
 */
public final class PeriodMismatchRule extends BaseRule {
    private static final PeriodFinder PERIODS = new PeriodFinder();
    /** A restatement of the title has at least this many words, nearly all of them the title's ... */
    private static final int MIN_NAME_WORDS = 3;
    private static final double NAME_SHARE = 0.75;
    /** ... and says nearly all of the title: a shorter name is that of a plan before it. */
    private static final double TITLE_SHARE = 0.85;
    /** "Kế hoạch này" and its period stand at most this many words apart. */
    private static final int THIS_REACH_WORDS = 5;
    /** The longest clause read before a period, in characters. */
    private static final int MAX_CLAUSE = 600;
    private static final Pattern PARENTHESIZED = Pattern.compile("\\([^()]*\\)");

    public PeriodMismatchRule() {
        super("PERIOD_MISMATCH", Severity.WARNING, "PER-001");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        Period period = c.plan().document().period();
        String title = c.plan().document().title();
        if (!c.formal() || period == null || title == null) {
            return;
        }
        OwnDocument own = OwnDocument.of(c);
        Set<String> titleWords = words(title);
        for (int line = BodyLines.start(c); line < BodyLines.end(c); line++) {
            if (c.text().line(line).cell() != null) {
                continue;
            }
            String t = c.text().line(line).text();
            String f = Fold.fold(t);
            for (PeriodFinder.Range r : PERIODS.ranges(t)) {
                if (r.inverted() || r.period().equals(period)) {
                    continue;
                }
                Naming named = naming(own, titleWords, clause(f, r.start()));
                // A name said again may be that of the plan before or after this one ("kết quả thực hiện Kế
                // hoạch cải cách hành chính giai đoạn 2016 - 2020"); a slip in this plan's own years overlaps them.
                boolean overlaps = r.from() <= period.to() && r.to() >= period.from();
                if (named == Naming.THIS || named == Naming.TITLE && period.from() != period.to() && overlaps) {
                    String excerpt = t.substring(r.start(), r.end());
                    out.report(c.at(line, r.start()), excerpt, period.from() + " - " + period.to(), excerpt);
                }
            }
        }
    }

    private enum Naming {
        /** "Kế hoạch này ..." */
        THIS,
        /** "Kế hoạch <the title again> giai đoạn ..." */
        TITLE,
        /** another document, or nothing that says */
        OTHER
    }

    /** Who the period at the end of {@code head} belongs to, from the document types named before it. */
    private static Naming naming(OwnDocument own, Set<String> titleWords, String head) {
        List<int[]> types = new ArrayList<>();
        Matcher m = ReferenceWords.TYPES.matcher(head);
        while (m.find()) {
            types.add(new int[] {m.start(), m.end()});
        }
        for (int k = types.size() - 1; k >= 0; k--) {
            int start = types.get(k)[0];
            String type = head.substring(start, types.get(k)[1]);
            String after = head.substring(types.get(k)[1]);
            if (own.isName(type)) {
                if (plural(head.substring(0, start)) || own.hasOtherNumber(head)) {
                    return Naming.OTHER; // "các kế hoạch ...", "Quyết định số 225/QĐ-TTg phê duyệt Kế hoạch ..."
                }
                if (k == types.size() - 1 && startsWithThis(after)) {
                    // "Kế hoạch này được thực hiện trong giai đoạn ...", not "Kế hoạch này ... kết quả thực
                    // hiện giai đoạn 2016 - 2020" (the years of something said about it)
                    return nameWords(after).size() <= THIS_REACH_WORDS ? Naming.THIS : Naming.OTHER;
                }
                return isTitle(nameWords(after), titleWords) ? Naming.TITLE : Naming.OTHER;
            }
            // "Kế hoạch triển khai Đề án <name> giai đoạn ...": a type inside the plan's title; look further back.
            if (!within(nameWords(head.substring(start)), titleWords)) {
                return Naming.OTHER;
            }
        }
        return Naming.OTHER;
    }

    private static boolean plural(String before) {
        Matcher p = ReferenceWords.PLURAL.matcher(before);
        int end = -1;
        while (p.find()) {
            end = p.end();
        }
        return end >= 0 && before.substring(end).isBlank();
    }

    private static boolean startsWithThis(String after) {
        Matcher t = ReferenceWords.THIS.matcher(after);
        return t.find() && after.substring(0, t.start()).isBlank();
    }

    /** The words of a name, without its trailing period words ("... tại Văn phòng Chính phủ giai đoạn"). */
    private static List<String> nameWords(String folded) {
        String s = folded;
        while (true) {
            String trimmed = s.replaceAll("[\\s:,]+$", "");
            Matcher m = ReferenceWords.PERIOD.matcher(trimmed);
            int last = -1;
            int lastStart = -1;
            while (m.find()) {
                last = m.end();
                lastStart = m.start();
            }
            if (last < 0 || last != trimmed.length()) {
                s = trimmed;
                break;
            }
            s = trimmed.substring(0, lastStart);
        }
        String w = Fold.words(s);
        return w.isEmpty() ? List.of() : Arrays.asList(w.split(" "));
    }

    /** The title again: words nearly all of which are the title's, and that say nearly all of it. */
    private static boolean isTitle(List<String> name, Set<String> titleWords) {
        if (!within(name, titleWords)) {
            return false;
        }
        long said = titleWords.stream().filter(new HashSet<>(name)::contains).count();
        return said >= TITLE_SHARE * titleWords.size();
    }

    /** Words nearly all of which are the title's. */
    private static boolean within(List<String> name, Set<String> titleWords) {
        if (name.size() < MIN_NAME_WORDS) {
            return false;
        }
        long shared = name.stream().filter(titleWords::contains).count();
        return shared >= NAME_SHARE * name.size();
    }

    /** The title's words, without its years, period words ("giai đoạn", "năm"), verbs and type names ("Phê duyệt Đề án"). */
    private static Set<String> words(String title) {
        String f = ReferenceWords.PERIOD.matcher(Fold.fold(title)).replaceAll(" ");
        f = ReferenceWords.APPROVES.matcher(f).replaceAll(" ");
        f = ReferenceWords.TYPES.matcher(f).replaceAll(" ");
        Set<String> out = new HashSet<>();
        for (String w : Fold.words(f).split(" ")) {
            if (!w.isEmpty() && !Character.isDigit(w.charAt(0))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The clause before offset {@code end}: from the last ";" or sentence end before it, parenthesized asides
     * ("(Kế hoạch)", "(sau đây gọi tắt là Kế hoạch)") blanked out. A clause is read back at most
     * {@link #MAX_CLAUSE} characters, from a word's start, so that a long line with many ranges and no sentence
     * end is read in time linear in its length.
     */
    private static String clause(String f, int end) {
        int start = clauseStart(f, end);
        String head = f.substring(start, end);
        String prev;
        do {
            prev = head;
            head = PARENTHESIZED.matcher(head).replaceAll(" ");
        } while (!head.equals(prev));
        return head;
    }

    /** Where the clause ending at {@code end} starts: after a ";" or a full stop before a space. */
    private static int clauseStart(String f, int end) {
        int floor = Math.max(0, end - MAX_CLAUSE);
        for (int k = end - 1; k >= floor; k--) {
            char ch = f.charAt(k);
            if (ch == ';' || ch == '.' && k + 1 < end && Character.isWhitespace(f.charAt(k + 1))) {
                return k + 1;
            }
        }
        if (floor == 0) {
            return 0;
        }
        int k = floor;
        while (k < end && !Character.isWhitespace(f.charAt(k))) {
            k++; // not from the middle of a word
        }
        return k;
    }
}
