package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * The words of {@code reference-words.tsv} (appendix words, "kèm theo", "này", period words) and the document
 * types of {@code citation-types.txt}, as patterns over {@link Fold#fold folded} text: lower case, without
 * diacritics, any run of spaces between words.
 */
final class ReferenceWords {
    private static final List<String[]> ROWS = Vocabulary.rows("reference-words.tsv");
    /** "nghị định", "kế hoạch", "chương trình hành động", ... longest first. */
    static final Pattern TYPES = pattern(Vocabulary.words("citation-types.txt"));
    static final Pattern APPENDIX = role("appendix");
    static final Pattern FORM = role("form");
    static final Pattern LIST = role("list");
    static final Pattern ATTACHED = role("attached");
    static final Pattern THIS = role("this");
    static final Pattern APPROVES = role("approves");
    static final Pattern CONTINUED = role("continued");
    static final Pattern PERIOD = role("period");
    static final Pattern PLURAL = role("plural");
    static final Pattern FOREIGN = role("foreign");
    static final Pattern AMENDS = role("amends");
    static final Pattern OF = role("of");

    private ReferenceWords() {
    }

    private static Pattern role(String role) {
        return pattern(words(role));
    }

    private static List<String> words(String role) {
        List<String> words = new ArrayList<>();
        for (String[] r : ROWS) {
            if (r.length > 1 && r[1].strip().equals(role)) {
                words.add(r[0].strip());
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("reference-words.tsv has no words for " + role);
        }
        return words;
    }

    /** Whole words, any of the phrases, the longest first. */
    static Pattern pattern(List<String> phrases) {
        return Pattern.compile("(?<![\\p{L}\\d])" + group(phrases, "\\s+") + "(?![\\p{L}\\d])");
    }

    /** The words of a role as a group for a larger pattern over folded text, any run of spaces between words. */
    static String alternatives(String role) {
        return alternatives(role, "\\s+");
    }

    /** The words of a role as a group for a larger pattern, {@code between} (a regular expression) between words. */
    static String alternatives(String role, String between) {
        return group(words(role), between);
    }

    /** Phrases folded into one regular expression group, {@code between} between words, the longest first. */
    static String group(List<String> phrases, String between) {
        List<String> folded = new ArrayList<>();
        for (String p : phrases) {
            folded.add(String.join(between, Fold.words(p).split(" ")));
        }
        folded.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", folded) + ")";
    }
}
