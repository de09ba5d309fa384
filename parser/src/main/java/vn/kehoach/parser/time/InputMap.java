package vn.kehoach.parser.time;

/**
 * Maps offsets in a normalized text back to the text as given. Normalizing folds white space, composes NFD
 * marks, drops invisible characters and may insert a space between glued words; the map aligns the two texts
 * character by character, skipping what normalizing removed. Text in a legacy font that was decoded maps only
 * approximately. Offsets are clamped to the given text.
 */
final class InputMap {
    private final int[] starts;
    private final int[] ends;
    private final int length;

    private InputMap(int[] starts, int[] ends, int length) {
        this.starts = starts;
        this.ends = ends;
        this.length = length;
    }

    /** The map from {@code normalized} to {@code given}; the identity when they are equal. */
    static InputMap of(String given, String normalized) {
        if (given.equals(normalized)) {
            return new InputMap(null, null, given.length());
        }
        int n = normalized.length();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int p = 0;
        for (int q = 0; q < n; q++) {
            char c = normalized.charAt(q);
            if (c == ' ') {
                starts[q] = Math.min(p, given.length());
                while (p < given.length() && isSkipped(given.charAt(p))) {
                    p++;
                }
                ends[q] = Math.max(starts[q], Math.min(p, given.length()));
                continue;
            }
            while (p < given.length() && isSkipped(given.charAt(p))) {
                p++;
            }
            starts[q] = Math.min(p, given.length());
            if (p < given.length()) {
                p++;
            }
            while (p < given.length() && Character.getType(given.charAt(p)) == Character.NON_SPACING_MARK) {
                p++;
            }
            ends[q] = p;
        }
        return new InputMap(starts, ends, given.length());
    }

    /** The offset in the given text of the character at normalized offset {@code q}. */
    int start(int q) {
        if (starts == null) {
            return Math.min(q, length);
        }
        return q < starts.length ? starts[q] : length;
    }

    /** The offset in the given text after the character before normalized offset {@code q}. */
    int end(int q) {
        if (ends == null) {
            return Math.min(q, length);
        }
        return q <= 0 ? 0 : ends[Math.min(q, ends.length) - 1];
    }

    /** The issue with its offsets in the given text. */
    DeadlineIssue map(DeadlineIssue issue) {
        int s = start(issue.start());
        return new DeadlineIssue(issue.code(), s, Math.max(s, end(issue.end())), issue.excerpt());
    }

    private static boolean isSkipped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
