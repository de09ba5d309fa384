package vn.kehoach.cli;

/** Shapes the one-line messages that go to standard error. */
public final class Messages {
    private Messages() {
    }

    /** Line breaks and runs of white space folded to single spaces. */
    public static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }

    /** {@code internal error: NullPointerException: ... (run with --verbose for details)}. */
    static String internalError(Throwable t, boolean verbose) {
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + oneLine(t.getMessage()));
        return "internal error: " + what + (verbose ? "" : " (run with --verbose for details)");
    }
}
