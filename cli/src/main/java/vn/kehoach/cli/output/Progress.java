package vn.kehoach.cli.output;

import java.io.PrintWriter;

/**
 * A one-line counter on standard error, {@code [12/3000] name}, rewritten in place. It is shown only on a
 * terminal; when disabled, every method does nothing, so logs and pipes stay clean.
 *
 * <p>Not thread-safe.
 */
public final class Progress {
    private static final int MAX_NAME = 60;
    private static final String CLEAR_LINE = "\r\u001B[K";

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private boolean shown;

    public Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /** Shows that item {@code index} (1-based) of the total, {@code name}, is being worked on. */
    public void step(int index, String name) {
        if (!enabled) {
            return;
        }
        String shortName = name.length() <= MAX_NAME ? name : "..." + name.substring(name.length() - MAX_NAME + 3);
        err.print(CLEAR_LINE + "[" + index + "/" + total + "] " + shortName);
        err.flush();
        shown = true;
    }

    /** Removes the counter, so that a message can be printed on a line of its own. */
    public void clear() {
        if (shown) {
            err.print(CLEAR_LINE);
            err.flush();
            shown = false;
        }
    }
}
