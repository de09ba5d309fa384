package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.normalize.Fold;

/**
 * Finds full calendar dates in text: "ngày 14 tháng 08 năm 2013", "ngày 22/4/2013", "22-4-2013",
 * "22.4.2013", also without diacritics ("ngay 14 thang 8 nam 2013") and glued to the word before
 * ("ngày18/10/2012"). Dates without a year ("15/12") are not full dates and are not found here.
 *
 * <p>Thread-safe; stateless.
 */
public final class DateFinder {
    // Matched on folded text (same length as the original).
    private static final Pattern WORDS = Pattern.compile(
            "(?<![0-9])(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*(?:,\\s*)?nam\\s+(\\d{4,5})(?![0-9])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9./-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4,5})(?![0-9])");

    /** Every full date in {@code text}, in order of position. */
    public List<DateMention> findAll(String text) {
        String f = Fold.fold(text);
        List<DateMention> out = new ArrayList<>();
        Matcher m = WORDS.matcher(f);
        while (m.find()) {
            out.add(mention(m.group(1), m.group(2), m.group(3), m.start(), m.end()));
        }
        m = NUMERIC.matcher(f);
        while (m.find()) {
            out.add(mention(m.group(1), m.group(3), m.group(4), m.start(), m.end()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The date that {@code text} begins with, after optional white space, a comma and the word "ngày"
     * ("ngày 08/11/2011 của ..." or ", ngày 08 tháng 11 năm 2011").
     */
    public Optional<DateMention> atStart(String text) {
        String f = Fold.fold(text);
        Matcher lead = Pattern.compile("^[\\s,]*(?:ngay)?\\s*").matcher(f);
        int from = lead.lookingAt() ? lead.end() : 0;
        for (DateMention d : findAll(text)) {
            if (d.start() == from) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static DateMention mention(String d, String m, String y, int start, int end) {
        return new DateMention(Integer.parseInt(d), Integer.parseInt(m), Integer.parseInt(y), start, end);
    }
}
