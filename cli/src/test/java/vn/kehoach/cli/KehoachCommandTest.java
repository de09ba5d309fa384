package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class KehoachCommandTest {
    private static final String VERSION = System.getProperty("kehoach.version", "0.1.0");

    @Test
    void helpListsConvertAndTheExitCodes() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).first().isEqualTo("Usage: kehoach [-hVv] [COMMAND]");
        assertThat(r.outLines()).anyMatch(l -> l.matches("  convert +Reads plan documents.*"));
        assertThat(r.outLines()).contains("Exit codes:", "  0   ok",
                "  2   usage error: unknown option, missing or conflicting arguments");
        assertThat(r.out()).containsPattern("(?m)^  1   findings")
                .containsPattern("(?m)^  3   an input could not be read")
                .containsPattern("(?m)^  4   internal error");
    }

    @Test
    void helpListsValidateAndRules() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.outLines()).anyMatch(l -> l.matches("  validate +Checks plan documents against the rules.*"))
                .anyMatch(l -> l.matches("  rules +Lists the rules of kehoach validate\\."));
    }

    @Test
    void versionPrintsNameAndProjectVersion() {
        Cli.Result r = Cli.run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("kehoach " + VERSION + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void versionComesFromTheFilteredResource() {
        assertThat(VersionProvider.version()).isEqualTo(VERSION).doesNotContain("${");
    }

    @Test
    void helpCommandShowsTheConvertHelp() {
        Cli.Result r = Cli.run("help", "convert");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).first().asString().startsWith("Usage: kehoach convert");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("kehoach: missing command: try 'kehoach convert FILE'",
                "Try 'kehoach --help' for more information.");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("convrt", "plan.txt");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).first().asString().startsWith("kehoach: Unmatched arguments");
        assertThat(r.errLines()).last().isEqualTo("Try 'kehoach --help' for more information.");
    }

    @Test
    void unexpectedExceptionIsOneLineAndExitFour() {
        CommandLine cl = KehoachCommand.commandLine(new KehoachCommand()).addSubcommand(new Boom());

        Cli.Result r = Cli.run(cl, "boom");

        assertThat(r.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                "kehoach: internal error: IllegalStateException: no luck (run with --verbose for details)");
    }

    @Test
    void unexpectedExceptionWithVerboseShowsTheStackTrace() {
        CommandLine cl = KehoachCommand.commandLine(new KehoachCommand()).addSubcommand(new Boom());

        Cli.Result r = Cli.run(cl, "boom", "--verbose");

        assertThat(r.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(r.err()).contains("java.lang.IllegalStateException: no luck", "\tat ");
        assertThat(r.errLines()).last().isEqualTo("kehoach: internal error: IllegalStateException: no luck");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @CommandLine.Mixin
        private vn.kehoach.cli.options.LoggingOptions logging;

        @Override
        public Integer call() {
            throw new IllegalStateException("no luck");
        }
    }
}
