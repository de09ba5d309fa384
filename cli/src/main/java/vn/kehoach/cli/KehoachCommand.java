package vn.kehoach.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.kehoach.cli.options.LoggingOptions;

/**
 * {@code kehoach}: the top-level command. It only dispatches to its subcommands; {@link #main} runs it and exits
 * with the code the subcommand returned (see {@link ExitCode}).
 *
 * <p>Tests run the same configuration through {@link #commandLine(KehoachCommand)}, giving standard input and
 * whether standard error is a terminal through the constructor.
 */
@Command(name = "kehoach",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads Vietnamese government plan documents (Kế hoạch, Quyết định phê duyệt Đề án, "
                + "Chương trình, ...) and turns them into JSON.",
        subcommands = {ConvertCommand.class, DeadlineCommand.class, HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.FINDINGS_LINE, ExitCode.USAGE_LINE, ExitCode.UNREADABLE_LINE,
                ExitCode.INTERNAL_LINE},
        footerHeading = "%n",
        footer = {"Run 'kehoach help COMMAND' for a command's options and examples.",
                "The JSON contract: plan-json-v1 (schemaVersion \"1\"); see README.md."})
public final class KehoachCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    private final InputStream stdin;
    private final boolean interactive;

    /** Reads {@code System.in}; shows progress when the JVM has a console. */
    public KehoachCommand() {
        this(System.in, System.console() != null);
    }

    /**
     * @param stdin what {@code -} reads
     * @param interactive whether standard error is a terminal, so that a progress line may be shown
     */
    public KehoachCommand(InputStream stdin, boolean interactive) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.interactive = interactive;
    }

    /** The configured command line: usage errors exit 2 in two lines, unexpected exceptions exit 4 in one. */
    public static CommandLine commandLine(KehoachCommand command) {
        return new CommandLine(command)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new InternalErrorHandler());
    }

    public static void main(String[] args) {
        Logging.configure(Logging.verbosity(args)); // before any library creates a logger
        // JSON is UTF-8 whatever the locale; Java 17 would otherwise encode stdout in the platform charset.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code;
        try {
            code = commandLine(new KehoachCommand()).setOut(out).setErr(err).execute(args);
        } catch (Error e) { // OutOfMemoryError and the like escape picocli's handlers
            err.println("kehoach: " + Messages.internalError(e, Logging.verbosity(args) > 0));
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'kehoach convert FILE'");
    }

    InputStream stdin() {
        return stdin;
    }

    boolean interactive() {
        return interactive;
    }

    /** Whether -v was given before the subcommand's name ({@code kehoach -v convert ...}). */
    boolean verbose() {
        return logging.verbose();
    }
}
