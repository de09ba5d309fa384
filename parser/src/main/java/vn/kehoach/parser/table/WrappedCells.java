package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * Which lines of a row go into which column, when the row has more lines than columns (cells wrapped over several
 * lines, as in PDF text, or paragraphs of one cell) or fewer (empty cells dropped): of all the ways to cut the lines,
 * in order, into one run per column, the one whose runs hold the likeliest continuations and best suit their
 * columns. A line goes on the one before it when it starts in
 * lower case or with a list mark, or the one before ends with a comma, a colon or a word such as "và" or "Quý"
 * ({@code cell-wrap-words.txt}); a line starting with an agency name ({@code agency-kinds.tsv}) rather starts a cell,
 * and in an agency column only such links join lines; a deadline column wants a deadline.
 *
 * <p>Thread-safe; immutable.
 */
final class WrappedCells {
    static final WrappedCells DEFAULT = new WrappedCells(Vocabulary.words("cell-wrap-words.txt"),
            Vocabulary.words("agency-kinds.tsv"), DeadlineCues.DEFAULT);

    private final Set<String> wrapWords;
    private final Set<String> agencyWords;
    private final DeadlineCues deadlines;

    /**
     * @param wrapWords words a wrapped line may end with
     * @param agencyWords first words of agency names ("sở", "ubnd")
     * @param deadlines what deadline cells look like
     */
    WrappedCells(List<String> wrapWords, List<String> agencyWords, DeadlineCues deadlines) {
        this.wrapWords = wrapWords.stream().map(Fold::words).collect(Collectors.toUnmodifiableSet());
        this.agencyWords = agencyWords.stream().map(Fold::words).collect(Collectors.toUnmodifiableSet());
        this.deadlines = deadlines;
    }

    /**
     * The lines joined into one text per role, in order, null for a column left empty. With fewer lines than
     * columns some columns stay empty (the task column least willingly): a web page drops empty cells.
     */
    List<String> join(List<String> lines, List<ColumnRole> roles) {
        Gaps gaps = new Gaps(lines);
        int s = lines.size();
        int m = roles.size();
        boolean empties = s < m;
        double[][] best = new double[s + 1][m + 1];
        int[][] cut = new int[s + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int c = 1; c <= m; c++) {
            ColumnRole role = roles.get(c - 1);
            for (int i = 0; i <= s; i++) {
                for (int j = 0; j <= i; j++) {
                    if (best[j][c - 1] == Double.NEGATIVE_INFINITY || j == i && !empties) {
                        continue;
                    }
                    double score = best[j][c - 1] + (j == i ? empty(role) : gaps.run(j, i, role));
                    if (score > best[i][c]) {
                        best[i][c] = score;
                        cut[i][c] = j;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int c = m, i = s; c > 0; c--) {
            int j = cut[i][c];
            out.add(0, j == i ? null : String.join(" ", lines.subList(j, i)).strip());
            i = j;
        }
        return out;
    }

    /** What leaving a column empty costs: a task is seldom missing, a lead or a deadline less often than the rest. */
    private static double empty(ColumnRole role) {
        return switch (role) {
            case TASK -> -8;
            case LEAD -> -4;
            case DEADLINE -> -3.5;
            default -> -3;
        };
    }

    /** The lines of a row read once: how each goes on the one before, and what each starts with. */
    private final class Gaps {
        /** Sums over the gaps before line k: continuation scores, and gaps no plain link bridges. */
        final double[] continuation;
        final int[] unlinked;
        final boolean[] agency;
        final boolean[] deadline;
        final boolean[] lower;

        Gaps(List<String> lines) {
            int s = lines.size();
            continuation = new double[s];
            unlinked = new int[s];
            agency = new boolean[s];
            deadline = new boolean[s];
            lower = new boolean[s];
            for (int k = 0; k < s; k++) {
                lower[k] = !lines.get(k).isEmpty() && Character.isLowerCase(lines.get(k).charAt(0));
                agency[k] = startsWithAgency(lines.get(k));
                deadline[k] = deadlines.isDeadline(lines.get(k));
                if (k > 0) {
                    String a = lines.get(k - 1);
                    String b = lines.get(k);
                    continuation[k] = continuation[k - 1] + continuation(a, b);
                    unlinked[k] = unlinked[k - 1] + (linked(a, b) ? 0 : 1);
                }
            }
        }

        /** How well lines {@code from} (inclusive) to {@code to} (exclusive) make one cell of this role. */
        double run(int from, int to, ColumnRole role) {
            double score = continuation[to - 1] - continuation[from];
            if (from > 0 && lower[from]) {
                score -= 4; // a cell does not start in lower case: the line goes on the one before
            }
            boolean agencies = role == ColumnRole.LEAD || role == ColumnRole.COOPERATING;
            if (agencies) {
                // "Bộ Thông tin và Truyền thông" / "Chương trình, tài liệu": a list of agencies has ended
                score -= 2 * (unlinked[to - 1] - unlinked[from]);
                score += agency[from] ? 1 : 0;
            } else if (role == ColumnRole.DEADLINE) {
                score += deadline[from] ? 2 : -1;
            }
            return score;
        }
    }

    /** True when the text plainly goes on in {@code next}: a lower-case start, an agency name, a joining end. */
    private boolean linked(String text, String next) {
        return !next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || startsWithAgency(next)) || joins(text);
    }

    private boolean joins(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        String[] words = Fold.words(text).split(" ");
        String last = words[words.length - 1];
        String lastTwo = words.length > 1 ? words[words.length - 2] + " " + last : last;
        return ",;:(&-/".indexOf(end) >= 0 || wrapWords.contains(last) || wrapWords.contains(lastTwo)
                || agencyWords.contains(Fold.words(text)); // "Văn phòng" / "UBND tỉnh"
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
        if (joins(text) && ",;:(&-/".indexOf(end) < 0) {
            score += 3;
        } else if (end != ',' && end != ';' && startsWithAgency(next)) {
            score -= 2; // "Sở Nội vụ" after a task's last line opens the lead cell
        }
        if (first == '+' || first == '-' || first == '•') {
            score += 2;
        }
        if (deadlines.isDeadline(text) && Fold.words(text).split(" ").length <= 2
                && (Character.isDigit(first) || "IVX".indexOf(first) >= 0)) {
            score += 3; // "Quý" / "III/2025"
        }
        if (deadlines.isDeadline(next) && !deadlines.isDeadline(text)) {
            score -= 2;
        }
        return score;
    }

    private boolean startsWithAgency(String text) {
        String[] w = Fold.words(text).split(" ");
        int k = w.length > 1 && w[0].equals("cac") ? 1 : 0;
        return agencyWords.contains(w[k]) || w.length > k + 1 && agencyWords.contains(w[k] + " " + w[k + 1]);
    }
}
