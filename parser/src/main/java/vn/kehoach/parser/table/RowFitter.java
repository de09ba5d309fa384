package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * Puts the cells of one flattened row (its number first) into the table's columns. A row with the header's count
 * of cells fills them in order. A row with fewer fills them from the left, but a last cell that reads as a deadline
 * goes to the deadline column: a lost empty cell is more often inside the row than at its end. A row with more
 * (a cell wrapped over several lines, as in PDF text) has its most likely continuations joined until it fits: a line
 * starting in lower case, after one ending in a comma or a word such as "và" ({@code cell-wrap-words.txt}).
 *
 * <p>Thread-safe; immutable.
 */
final class RowFitter {
    static final RowFitter DEFAULT = new RowFitter(Vocabulary.words("cell-wrap-words.txt"),
            Vocabulary.words("agency-kinds.tsv"), DeadlineCues.DEFAULT);

    private final Set<String> wrapWords;
    private final Set<String> agencyWords;
    private final DeadlineCues deadlines;

    /**
     * @param wrapWords words a wrapped line may end with
     * @param agencyWords first words of agency names ("sở", "ubnd"): a line starting with one likely starts a cell
     * @param deadlines what deadline cells look like
     */
    RowFitter(List<String> wrapWords, List<String> agencyWords, DeadlineCues deadlines) {
        this.wrapWords = wrapWords.stream().map(Fold::words).collect(Collectors.toUnmodifiableSet());
        this.agencyWords = agencyWords.stream().map(Fold::words).collect(Collectors.toUnmodifiableSet());
        this.deadlines = deadlines;
    }

    /** The row of {@code cells} (number first) in a table of these columns, the number in column {@code 0}. */
    RawRow fit(List<Cell> cells, List<ColumnRole> columns) {
        String[] out = new String[columns.size()];
        out[0] = cells.get(0).text();
        List<String> data = new ArrayList<>(cells.subList(1, cells.size()).stream().map(Cell::text).toList());
        int want = columns.size() - 1;
        while (data.size() > want) {
            int best = 0;
            int bestScore = Integer.MIN_VALUE;
            for (int i = 0; i + 1 < data.size(); i++) {
                int s = continuation(data.get(i), data.get(i + 1));
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            data.set(best, (data.get(best) + " " + data.get(best + 1)).strip());
            data.remove(best + 1);
        }
        for (int i = 0; i < data.size(); i++) {
            out[i + 1] = data.get(i);
        }
        int deadline = columns.indexOf(ColumnRole.DEADLINE);
        int last = data.size();
        if (data.size() >= 2 && data.size() < want && deadline > last && deadlines.isDeadline(out[last])) {
            out[deadline] = out[last];
            out[last] = null;
        }
        return new RawRow(Arrays.asList(out), cells.get(0).line(), false);
    }

    private boolean startsWithAgency(String text) {
        String[] w = Fold.words(text).split(" ");
        int k = w.length > 1 && w[0].equals("cac") ? 1 : 0;
        return agencyWords.contains(w[k]) || w.length > k + 1 && agencyWords.contains(w[k] + " " + w[k + 1]);
    }

    /** How likely {@code next} goes on the cell {@code text}: higher is likelier. */
    private int continuation(String text, String next) {
        if (text.isBlank() || next.isBlank()) {
            return -10;
        }
        int score = 0;
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            score += 4;
        }
        char end = text.charAt(text.length() - 1);
        if (end == ',' || end == '(' || end == '&' || end == '-' || end == '/' || end == ':') {
            score += 3;
        } else if (end == ';') {
            score += 1;
        } else if (end == '.') {
            score -= 1;
        }
        String[] words = Fold.words(text).split(" ");
        String lastWord = words[words.length - 1];
        String lastTwo = words.length > 1 ? words[words.length - 2] + " " + lastWord : lastWord;
        boolean wraps = wrapWords.contains(lastWord) || wrapWords.contains(lastTwo)
                || agencyWords.contains(Fold.words(text)); // "Văn phòng" / "UBND tỉnh"
        if (wraps) {
            score += 3;
        } else if (end != ',' && end != ';' && startsWithAgency(next)) {
            score -= 2; // "Sở Nội vụ" after a task's last line opens the lead cell
        }
        if (first == '+' || first == '-' || first == '•') {
            score += 2;
        }
        if (deadlines.isDeadline(text) && words.length <= 2 && (Character.isDigit(first) || "IVX".indexOf(first) >= 0)) {
            score += 3; // "Quý" / "III/2025"
        }
        if (deadlines.isDeadline(next) && !deadlines.isDeadline(text)) {
            score -= 2;
        }
        return score;
    }
}
