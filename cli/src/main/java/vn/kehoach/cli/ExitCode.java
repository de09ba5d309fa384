package vn.kehoach.cli;

/**
 * The process exit codes of every kehoach command, and their lines in {@code --help}.
 *
 * <p>When several files fail in different ways, the highest code wins.
 */
public final class ExitCode {
    /** Everything was converted. */
    public static final int OK = 0;
    /** The input was read but checks found problems; reserved for checking commands, convert never returns it. */
    public static final int FINDINGS = 1;
    /** Unknown option, missing argument, or options that cannot go together; nothing was done. */
    public static final int USAGE = 2;
    /** An input could not be read (or an output could not be written); the other files were still done. */
    public static final int UNREADABLE = 3;
    /** An unexpected exception: a bug in kehoach. */
    public static final int INTERNAL = 4;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = "0:ok";
    static final String FINDINGS_LINE = "1:findings: the document was read but checks failed (not returned by convert)";
    static final String USAGE_LINE = "2:usage error: unknown option, missing or conflicting arguments";
    static final String UNREADABLE_LINE = "3:an input could not be read (missing, empty, too large, damaged, "
            + "unsupported format) or an output could not be written";
    static final String INTERNAL_LINE = "4:internal error: a bug in kehoach; run with --verbose and report it";

    private ExitCode() {
    }
}
