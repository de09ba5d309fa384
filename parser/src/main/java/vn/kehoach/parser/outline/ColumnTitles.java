package vn.kehoach.parser.outline;

import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * Header texts of task-table columns ("TT", "STT", "Nội dung", "Chủ trì", ...), from {@code column-titles.tsv}: where
 * an appendix title ends. The table stage reads the same file with the columns' roles.
 */
public final class ColumnTitles {
    private static final Set<String> TITLES = Vocabulary.rows("column-titles.tsv").stream()
            .map(r -> Fold.words(r[0])).collect(Collectors.toUnmodifiableSet());

    private ColumnTitles() {
    }

    /** True when the whole line is one known column title. */
    public static boolean isColumnTitle(String line) {
        return TITLES.contains(Fold.words(line));
    }
}
