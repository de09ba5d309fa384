package vn.kehoach.parser.table;

import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * Tells a deadline cell ("Quý IV năm 2013", "Thường xuyên", "2023 - 2025") from other text by its first words
 * ({@code deadline-cues.txt}) or a year in a short cell. Used only where a flattened row has the wrong number of
 * cells and the cells must be placed by what they say.
 *
 * <p>Thread-safe; immutable.
 */
final class DeadlineCues {
    static final DeadlineCues DEFAULT = new DeadlineCues(Vocabulary.words("deadline-cues.txt"));
    private static final Pattern YEAR = Pattern.compile(".*\\b(19|20)\\d\\d\\b.*");
    private static final int MAX_WORDS = 16;

    private final List<String> cues;

    DeadlineCues(List<String> cues) {
        this.cues = cues.stream().map(Fold::words).toList();
    }

    boolean isDeadline(String cell) {
        String w = Fold.words(cell);
        if (w.isEmpty() || w.split(" ").length > MAX_WORDS) {
            return false;
        }
        for (String c : cues) {
            if (w.equals(c) || w.startsWith(c + " ")) {
                return true;
            }
        }
        return YEAR.matcher(w).matches() && w.split(" ").length <= 6;
    }
}
