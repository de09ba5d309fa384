package vn.kehoach.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code -v/--verbose}, shared by every command. The logging level itself is set in {@code main} before picocli
 * runs; here the flag decides whether errors come with stack traces.
 */
public final class LoggingOptions {
    @Option(names = {"-v", "--verbose"},
            description = {"Tell more on standard error: -v shows the libraries' warnings and info messages and the "
                    + "stack trace of any error, -vv also debug messages. Default: only one line per error.",
                    "Example: kehoach convert -v plan.docx"})
    private boolean[] verbose = new boolean[0];

    /** Whether -v or --verbose was given at least once. */
    public boolean verbose() {
        return verbose.length > 0;
    }
}
