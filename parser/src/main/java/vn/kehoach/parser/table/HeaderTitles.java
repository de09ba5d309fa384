package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * The column titles of task tables and their roles, from {@code column-titles.tsv}, matched on folded words so that
 * case, tone marks, punctuation and line breaks inside a header cell do not matter.
 *
 * <p>Thread-safe; immutable.
 */
final class HeaderTitles {
    static final HeaderTitles DEFAULT = new HeaderTitles(Vocabulary.rows("column-titles.tsv"));
    /** Containment needs a title of at least this many words: "TT" inside a sentence says nothing. */
    private static final int CONTAINED_MIN_WORDS = 2;

    /**
     * A title of the vocabulary.
     *
     * @param words its folded words, space-separated
     * @param role the role of its column
     * @param over true when it may stand over sub-columns ("Cơ quan thực hiện" over "Chủ trì", "Phối hợp")
     * @param under the role of the title it names a sub-column of ("Bắt đầu" under "Thời gian"), or null
     */
    record Title(String words, ColumnRole role, boolean over, ColumnRole under) {
        /** An unknown header cell. */
        static final Title UNKNOWN = new Title("", ColumnRole.OTHER, false, null);

        int length() {
            return words.split(" ").length;
        }

        /** True when it can name a sub-column of {@code umbrella}: a lead's "Chủ trì", "Phối hợp"; a time's "Bắt đầu". */
        boolean standsUnder(Title umbrella) {
            if (over || !umbrella.over) {
                return false;
            }
            return role == umbrella.role || under == umbrella.role
                    || umbrella.role == ColumnRole.LEAD && role == ColumnRole.COOPERATING;
        }
    }

    private final Map<String, Title> byWords = new HashMap<>();
    private final List<Title> longestFirst = new ArrayList<>();
    private final int maxWords;

    HeaderTitles(List<String[]> rows) {
        for (String[] r : rows) {
            String flag = r.length > 2 ? r[2].strip() : "";
            ColumnRole under = flag.startsWith("under:") ? ColumnRole.valueOf(flag.substring(6)) : null;
            Title t = new Title(Fold.words(r[0]), ColumnRole.valueOf(r[1].strip()), flag.equals("over"), under);
            byWords.put(t.words(), t);
            longestFirst.add(t);
        }
        longestFirst.sort(Comparator.comparingInt(Title::length).reversed());
        maxWords = longestFirst.isEmpty() ? 0 : longestFirst.get(0).length();
    }

    /** The title the text is, written as in the vocabulary (no remark in parentheses). */
    Optional<Title> written(String text) {
        return Optional.ofNullable(byWords.get(Fold.words(text)));
    }

    /** The title a whole header cell is, written as in the vocabulary or with a remark in parentheses. */
    Optional<Title> exactly(String cell) {
        Title t = byWords.get(Fold.words(cell));
        return t != null ? Optional.of(t) : Optional.ofNullable(byWords.get(Fold.words(withoutRemarks(cell))));
    }

    /**
     * The title of a header cell: {@link #exactly}, else the longest title of two words or more inside it
     * ("Cơ quan, đơn vị chủ trì" → "chủ trì").
     */
    Optional<Title> of(String cell) {
        Optional<Title> exact = exactly(cell);
        if (exact.isPresent()) {
            return exact;
        }
        String padded = " " + Fold.words(withoutRemarks(cell)) + " ";
        for (Title t : longestFirst) {
            if (t.length() >= CONTAINED_MIN_WORDS && padded.contains(" " + t.words() + " ")) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The longest title the folded words start with at {@code from}, if any. */
    Optional<Title> prefix(List<String> words, int from) {
        for (int n = Math.min(maxWords, words.size() - from); n >= 1; n--) {
            Title t = byWords.get(String.join(" ", words.subList(from, from + n)));
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** True when the text starts with a title, as a header's first cell does. */
    boolean startsWithTitle(String text) {
        String w = Fold.words(text);
        return !w.isEmpty() && prefix(List.of(w.split(" ")), 0).isPresent();
    }

    /** "Kinh phí (triệu đồng)" → "Kinh phí"; "Nội dung (2)" → "Nội dung". */
    private static String withoutRemarks(String cell) {
        return cell.replaceAll("\\([^)]*\\)", " ");
    }
}
