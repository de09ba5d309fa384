package vn.kehoach.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
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
 * <p>Tests run the same configuration through {@link #commandLine(KehoachCommand)}, giving standard input,
 * whether the JVM has a terminal, the working directory and the environment through the constructor.
 */
@Command(name = "kehoach",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads Vietnamese government plan documents (Kế hoạch, Quyết định phê duyệt Đề án, "
                + "Chương trình, ...), turns them into JSON and checks them.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, RulesCommand.class, DeadlineCommand.class,
                HelpCommand.class},
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
    private final Path workingDir;
    private final Map<String, String> env;

    /** Reads {@code System.in}; shows progress and colours when the JVM has a console. */
    public KehoachCommand() {
        this(System.in, System.console() != null);
    }

    /**
     * The process's working directory and environment.
     *
     * @param stdin what {@code -} reads
     * @param interactive whether the JVM has a terminal, so that a progress line and colours may be shown
     */
    public KehoachCommand(InputStream stdin, boolean interactive) {
        this(stdin, interactive, Path.of(""), System.getenv());
    }

    /**
     * @param stdin what {@code -} reads
     * @param interactive whether the JVM has a terminal, so that a progress line and colours may be shown
     * @param workingDir where relative file names and {@code .kehoach.json} / {@code .kehoach.yml} are looked up
     * @param env the environment variables ({@code NO_COLOR})
     */
    public KehoachCommand(InputStream stdin, boolean interactive, Path workingDir, Map<String, String> env) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.interactive = interactive;
        this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
        this.env = Map.copyOf(env);
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

    /** The working directory; the empty path (the JVM's own) unless given. */
    Path workingDir() {
        return workingDir;
    }

    /** An environment variable, or null. */
    String env(String name) {
        return env.get(name);
    }

    /** Whether -v was given before the subcommand's name ({@code kehoach -v convert ...}). */
    boolean verbose() {
        return logging.verbose();
    }
}
