package vn.kehoach.parser.validate.rule;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A keyword of plans with a wrong tone or vowel mark ("Chỉ trì" for "Chủ trì", "phôi hợp" for "phối hợp"),
 * from the list in misspellings.tsv: forms that are no Vietnamese word, so a match is always a slip.
 */
public final class KeywordMisspeltRule extends BaseRule {
    private record Slip(Pattern wrong, String right) {
    }

    private static final List<Slip> SLIPS = Vocabulary.rows("misspellings.tsv").stream()
            .map(r -> new Slip(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(r[0].strip())
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), r[1].strip()))
            .toList();

    public KeywordMisspeltRule() {
        super("KEYWORD_MISSPELT", Severity.INFO, "heuristic; TXT-003");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (NormalizedText.Line line : c.text().lines()) {
            String t = line.text();
            for (Slip s : SLIPS) {
                Matcher m = s.wrong().matcher(t);
                while (m.find()) {
                    String found = m.group();
                    out.report(c.at(line.number(), m.start()), found, found, cased(found, s.right()));
                }
            }
        }
    }

    /** The right form in the case of the found one ("Chỉ trì" → "Chủ trì", "PHÔI HỢP" → "PHỐI HỢP"). */
    private static String cased(String found, String right) {
        if (found.equals(found.toUpperCase(Locale.ROOT))) {
            return right.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(found.charAt(0))
                ? right.substring(0, 1).toUpperCase(Locale.ROOT) + right.substring(1) : right;
    }
}
