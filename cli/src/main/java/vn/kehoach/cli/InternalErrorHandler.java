package vn.kehoach.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An exception escaped a command: a bug. One line on standard error, the stack trace only with --verbose.
 * Exit code {@value ExitCode#INTERNAL}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean verbose = verbose(parseResult);
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.println("kehoach: " + Messages.internalError(ex, verbose));
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** Whether --verbose was given to the top-level command or to any subcommand on the way. */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
