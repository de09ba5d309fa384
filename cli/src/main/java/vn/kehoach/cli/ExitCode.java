package vn.kehoach.cli;

/**
 * The process exit codes of every kehoach command, and their lines in {@code --help}.
 *
 * <p>When several files fail in different ways, the highest code wins: an unreadable input (3) outweighs findings
 * (1), so a batch that could not be checked whole never passes for one that failed its checks only.
 */
public final class ExitCode {
    /** Everything was converted; validate: nothing at or above the --fail-on level. */
    public static final int OK = 0;
    /** validate: the inputs were read and something was found at or above the --fail-on level. */
    public static final int FINDINGS = 1;
    /** Unknown option, missing argument, or options that cannot go together; nothing was done. */
    public static final int USAGE = 2;
    /** An input could not be read (or an output could not be written); the other files were still done. */
    public static final int UNREADABLE = 3;
    /** An unexpected exception: a bug in kehoach. */
    public static final int INTERNAL = 4;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = "0:ok";
    static final String FINDINGS_LINE = "1:findings: validate found a problem at or above its --fail-on level";
    static final String USAGE_LINE = "2:usage error: unknown option, missing or conflicting arguments";
    static final String USAGE_CONFIG_LINE = "2:usage error: unknown option or rule code, a bad level, conflicting "
            + "arguments, or a configuration file that cannot be used";
    static final String UNREADABLE_LINE = "3:an input could not be read (missing, empty, too large, damaged, "
            + "unsupported format) or an output could not be written";
    static final String INTERNAL_LINE = "4:internal error: a bug in kehoach; run with --verbose and report it";

    private ExitCode() {
    }
}
