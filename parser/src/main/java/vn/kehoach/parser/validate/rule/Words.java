package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/** The word classes of validation-words.tsv, each a whole-word matcher on folded text (built as {@link ReferenceWords}'s). */
enum Words {
    REVIEW,
    RELATIVE,
    BASE,
    DOWNWARD,
    PLAN,
    OTHER_PERIOD,
    PREAMBLE,
    FILING,
    NOT_FILING,
    CLERK,
    PLACE_ABBREVIATION;

    private final Pattern pattern;
    private final String alternatives;

    Words() {
        List<String> phrases = new ArrayList<>();
        for (String[] row : Vocabulary.rows("validation-words.tsv")) {
            if (row[0].strip().equals(name())) {
                phrases.add(row[1].strip());
            }
        }
        this.alternatives = ReferenceWords.group(phrases, "\\s+");
        this.pattern = ReferenceWords.pattern(phrases);
    }

    /** The class's words as a regular expression group, any run of spaces between words, for a larger pattern. */
    String alternatives() {
        return alternatives;
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
