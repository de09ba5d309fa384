package vn.kehoach.parser.table;

import java.util.Arrays;

/**
 * Which row numbers may come next in a flattened table, where a number-shaped cell must be told from data: after
 * "1.2" come "1.2.1", "1.3" or "2"; after "I" comes "II" or "1"; after "1" comes "a"; after "a" comes "b".
 * The first row may have any number.
 *
 * <p>Not thread-safe: one per table read.
 */
final class NumberSequence {
    private RowNumber last;
    private int[] arabic;
    private int roman;
    private int upper;
    private int lower;

    /** True when {@code n} can number the row after the rows accepted so far. */
    boolean fits(RowNumber n) {
        if (last == null) {
            return true;
        }
        return switch (n.kind()) {
            case ARABIC -> fitsArabic(n.parts());
            case ROMAN -> n.parts()[0] == roman + 1 || n.printed().length() == 1 && upper > 0
                    && n.printed().charAt(0) - 'A' + 1 == upper + 1;
            case UPPER -> n.parts()[0] == upper + 1;
            case LOWER -> n.parts()[0] == (last.kind() == RowNumber.Kind.LOWER ? lower + 1 : 1);
        };
    }

    /** True when {@code n} starts the numbering again ("1" or "I", or any first number). */
    boolean restarts(RowNumber n) {
        return last == null || n.parts().length == 1 && n.parts()[0] == 1;
    }

    void accept(RowNumber n) {
        last = n;
        switch (n.kind()) {
            case ARABIC -> arabic = n.parts();
            case ROMAN -> roman = n.parts()[0];
            case UPPER -> upper = n.parts()[0];
            case LOWER -> lower = n.parts()[0];
        }
        if (n.kind() == RowNumber.Kind.ROMAN && n.printed().length() == 1 && upper > 0
                && n.printed().charAt(0) - 'A' == upper) {
            upper++; // "C" after "B" is a letter
        }
    }

    private boolean fitsArabic(int[] p) {
        if (arabic == null) {
            return p[p.length - 1] == 1;
        }
        boolean section = last.kind() == RowNumber.Kind.ROMAN || last.kind() == RowNumber.Kind.UPPER;
        if (section && p.length == 1 && p[0] == 1) {
            return true; // numbering restarts in each section
        }
        int[] a = arabic;
        if (p.length == a.length + 1 && p[a.length] == 1 && Arrays.equals(a, Arrays.copyOf(p, a.length))) {
            return true; // the first sub-row
        }
        int k = p.length;
        return k <= a.length && p[k - 1] == a[k - 1] + 1
                && Arrays.equals(Arrays.copyOf(a, k - 1), Arrays.copyOf(p, k - 1));
    }
}
