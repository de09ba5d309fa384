package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Wrong form (lower case) to right form. */
    private static final Map<String, String> SLIPS;
    /** Every wrong form in one pattern, so each line is read once. */
    private static final Pattern WRONG;

    static {
        List<String> alternatives = new ArrayList<>();
        Map<String, String> slips = new HashMap<>();
        for (String[] r : Vocabulary.rows("misspellings.tsv")) {
            slips.put(r[0].strip().toLowerCase(Locale.ROOT), r[1].strip());
            alternatives.add(Pattern.quote(r[0].strip()));
        }
        SLIPS = Map.copyOf(slips);
        WRONG = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public KeywordMisspeltRule() {
        super("KEYWORD_MISSPELT", Severity.INFO, "heuristic; TXT-003");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (NormalizedText.Line line : c.text().lines()) {
            Matcher m = WRONG.matcher(line.text());
            while (m.find()) {
                String found = m.group();
                String right = SLIPS.get(found.toLowerCase(Locale.ROOT));
                if (right != null) {
                    out.report(c.at(line.number(), m.start()), found, found, cased(found, right));
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
