package vn.kehoach.parser.normalize;

import java.util.Arrays;
import java.util.List;

/**
 * Consecutive lines joined by single spaces into one string, remembering where each line starts so that an
 * offset in the string maps back to its line. Recognizers read hard-wrapped phrases through it ("ngày\n17
 * tháng 11 năm 2022" reads as one phrase). {@link #folded()} has the same length as {@link #text()}.
 */
public final class Passage {
    private final String text;
    private final String folded;
    private final int[] starts;
    private final int[] numbers;
    private final List<NormalizedText.Line> lines;

    private Passage(String text, int[] starts, int[] numbers, List<NormalizedText.Line> lines) {
        this.text = text;
        this.folded = Fold.fold(text);
        this.starts = starts;
        this.numbers = numbers;
        this.lines = lines;
    }

    /** Joins the given lines (in order) with single spaces. */
    public static Passage of(List<NormalizedText.Line> lines) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            numbers[i] = lines.get(i).number();
            sb.append(lines.get(i).text());
        }
        return new Passage(sb.toString(), starts, numbers, List.copyOf(lines));
    }

    public String text() {
        return text;
    }

    /** {@link Fold#fold} of the text: same length, so offsets are shared. */
    public String folded() {
        return folded;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The line number of the character at {@code offset}; the first line for an empty passage. */
    public int lineAt(int offset) {
        return numbers.length == 0 ? 0 : numbers[indexOf(offset)];
    }

    /** Where the character at {@code offset} stands in the source. */
    public SourcePosition sourceAt(int offset) {
        if (lines.isEmpty()) {
            return new SourcePosition(1, 1);
        }
        int i = indexOf(offset);
        return lines.get(i).source().at(offset - starts[i]);
    }

    /** The source line of the character at {@code offset}: the {@code line} the output gives. */
    public int sourceLineAt(int offset) {
        return sourceAt(offset).line();
    }

    /** The offset where the line holding {@code offset} starts. */
    public int lineStart(int offset) {
        return starts.length == 0 ? 0 : starts[indexOf(offset)];
    }

    /** Index of the line holding {@code offset}; the passage must have a line. */
    private int indexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(i, starts.length - 1));
    }

    /** The offsets where each line starts, in order. */
    public int[] lineStarts() {
        return starts.clone();
    }

    /** The text between two offsets, trimmed. */
    public String slice(int from, int to) {
        return text.substring(Math.max(0, from), Math.min(text.length(), to)).strip();
    }
}
