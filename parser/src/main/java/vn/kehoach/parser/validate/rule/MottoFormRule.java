package vn.kehoach.parser.validate.rule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The tiêu ngữ under the quốc hiệu: "Độc lập - Tự do - Hạnh phúc", each phrase capitalised, spaced hyphens
 * between them. Absent or misspelt is a WARNING; wrong capitals or punctuation ("Độc lập -Tự do- Hạnh phúc",
 * "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", commas) is INFO, since it changes no meaning. Wrapped lines, glued syllables and
 * a dash typed as an en or em dash (word processors turn " - " into " – ") are accepted, and so is a tiêu ngữ
 * without diacritics under a quốc hiệu without them (a text typed without diacritics is not misspelt here).
 *
 * <p>Not checked when the quốc hiệu is absent (HEADER_MISSING says so), for Party documents (their header is
 * "ĐẢNG CỘNG SẢN VIỆT NAM", with no tiêu ngữ) and for news articles.
 */
public final class MottoFormRule extends BaseRule {
    // NĐ 30/2020 Phụ lục I mục II.1.b: "chữ cái đầu của các cụm từ được viết hoa, giữa các cụm từ có gạch nối
    // (-), có cách chữ"; TT 01/2011 prescribed the same tiêu ngữ.
    private static final String[] PHRASES = {"Độc lập", "Tự do", "Hạnh phúc"};
    /** On folded text: the three phrases with anything but letters between them. */
    private static final Pattern LOOSE = Pattern.compile(
            "(doc\\s*lap)([^a-z0-9]{0,8})(tu\\s*do)([^a-z0-9]{0,8})(hanh\\s*phuc)");
    private static final Pattern PART = Pattern.compile("doc\\s*lap|hanh\\s*phuc");
    /** A hyphen with space on both sides; word processors turn it into an en or em dash. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00A0]+[-\\u2010-\\u2014][\\s\\u00A0]+");
    /** How far below the quốc hiệu the tiêu ngữ is looked for when the type name is not found. */
    private static final int ZONE_LINES = 12;

    public MottoFormRule() {
        super("MOTTO_FORM", Severity.WARNING,
                "NĐ 30/2020 Phụ lục I mục II.1.b (the same tiêu ngữ under TT 01/2011); FORM-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        int motto = c.header().mottoLine();
        if (c.family() != DocumentFamily.STATE || motto == 0) {
            return;
        }
        int end = c.layout().typeLine() > motto ? c.layout().typeLine() - 1 : motto + ZONE_LINES;
        Joined zone = Joined.lines(c, 1, end); // the whole header: extraction may put the columns in any order
        String f = Fold.fold(zone.text());
        Matcher m = LOOSE.matcher(f);
        String regulation = Regulations.applied(c);
        if (!m.find()) {
            Matcher part = PART.matcher(f);
            if (part.find()) {
                int line = zone.lineAt(part.start());
                String excerpt = c.text().line(line).text().strip();
                out.report("spelling", null, zone.at(c, part.start()), excerpt, excerpt, regulation);
            } else {
                out.report(c.atLine(motto), null, regulation);
            }
            return;
        }
        String printed = zone.text().substring(m.start(), m.end()).replaceAll("[\\s\\u00A0]+", " ");
        boolean plain = c.text().line(motto).text().chars().allMatch(ch -> ch < 0x80);
        boolean spelt = true;
        boolean form = true;
        for (int i = 0; i < PHRASES.length; i++) {
            String phrase = zone.text().substring(m.start(2 * i + 1), m.end(2 * i + 1)).replaceAll("[\\s\\u00A0]+", "");
            String want = PHRASES[i].replace(" ", "");
            if (plain && phrase.chars().allMatch(ch -> ch < 0x80)) {
                // Typed without diacritics, like the quốc hiệu: only capitals and hyphens are checked.
                String folded = Fold.fold(want);
                want = Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
            }
            spelt &= phrase.equalsIgnoreCase(want);
            form &= phrase.equals(want);
            if (i < 2) {
                form &= SEPARATOR.matcher(zone.text().substring(m.start(2 * i + 2), m.end(2 * i + 2))).matches();
            }
        }
        if (!spelt) {
            out.report("spelling", null, zone.at(c, m.start()), printed, printed, regulation);
        } else if (!form) {
            out.report("form", Severity.INFO, zone.at(c, m.start()), printed, printed, regulation);
        }
    }
}
