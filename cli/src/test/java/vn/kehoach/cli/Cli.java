package vn.kehoach.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs kehoach in-process with the configuration main() uses, capturing standard output and error. */
final class Cli {
    private Cli() {
    }

    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        return run(InputStream.nullInputStream(), false, args);
    }

    static Result runWithStdin(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), false, args);
    }

    static Result run(InputStream stdin, boolean interactive, String... args) {
        return run(KehoachCommand.commandLine(new KehoachCommand(stdin, interactive)), args);
    }

    /** Runs in {@code workingDir} with only the environment variables {@code env}. */
    static Result runIn(Path workingDir, Map<String, String> env, boolean interactive, InputStream stdin,
            String... args) {
        return run(KehoachCommand.commandLine(new KehoachCommand(stdin, interactive, workingDir, env)), args);
    }

    /** Runs in {@code workingDir}, not on a terminal, with an empty environment and no standard input. */
    static Result runIn(Path workingDir, String... args) {
        return runIn(workingDir, Map.of(), false, InputStream.nullInputStream(), args);
    }

    static Result run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
