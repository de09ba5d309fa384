package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/** The word classes of validation-words.tsv, each a whole-word matcher on folded text. */
enum Words {
    REVIEW,
    RELATIVE,
    BASE,
    DOWNWARD,
    PLAN,
    OTHER_PERIOD;

    private final Pattern pattern;

    Words() {
        List<String> alternatives = new ArrayList<>();
        for (String[] row : Vocabulary.rows("validation-words.tsv")) {
            if (row[0].strip().equals(name())) {
                alternatives.add(Pattern.quote(row[1].strip()).replace(" ", "\\E\\s+\\Q"));
            }
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    /** Whether the text holds one of the class's words. */
    boolean in(String text) {
        return text != null && pattern.matcher(Fold.fold(text)).find();
    }

    /** Whether the text begins with one of the class's words (after white space). */
    boolean opens(String text) {
        return text != null && pattern.matcher(Fold.fold(text).strip()).lookingAt();
    }
}
