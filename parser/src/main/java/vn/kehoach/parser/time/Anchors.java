package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * Tells whether the event a relative deadline counts from is the document's own issue
 * ({@code deadline-anchors.tsv}): "ban hành", "ký Kế hoạch này", "Quyết định được ký ban hành".
 *
 * <p>Thread-safe; immutable.
 */
final class Anchors {
    static final Anchors DEFAULT = new Anchors(Vocabulary.rows("deadline-anchors.tsv"));

    private final List<String[]> skipped = new ArrayList<>();
    private final Set<String> issue = new HashSet<>();

    Anchors(List<String[]> rows) {
        for (String[] row : rows) {
            String phrase = Fold.words(row[0]);
            switch (row.length > 1 ? row[1].strip() : "") {
                case "SUBJECT", "FILLER" -> skipped.add(phrase.split(" "));
                case "ISSUE" -> issue.add(phrase);
                default -> throw new IllegalStateException("deadline-anchors.tsv: bad row " + String.join("\t", row));
            }
        }
        skipped.sort((a, b) -> b.length - a.length); // longest first
    }

    /** True when the words of {@code event} (any case and diacritics) name the document's issue. */
    boolean isIssue(String event) {
        String[] words = Fold.words(event).split(" ");
        StringBuilder rest = new StringBuilder();
        int i = 0;
        outer:
        while (i < words.length) {
            for (String[] s : skipped) {
                if (startsWith(words, i, s)) {
                    i += s.length;
                    continue outer;
                }
            }
            rest.append(rest.length() == 0 ? "" : " ").append(words[i++]);
        }
        return issue.contains(rest.toString());
    }

    private static boolean startsWith(String[] words, int at, String[] phrase) {
        if (at + phrase.length > words.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
