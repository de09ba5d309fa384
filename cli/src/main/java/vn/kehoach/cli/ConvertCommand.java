package vn.kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoach.cli.options.InputOptions;
import vn.kehoach.cli.options.LoggingOptions;
import vn.kehoach.cli.output.OutputFile;
import vn.kehoach.cli.output.Progress;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.DocumentReadException;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.normalize.ToneStyle;

/**
 * {@code kehoach convert FILE...}: each input becomes one plan JSON document (contract plan-json-v1).
 *
 * <p>Where the JSON goes: one input → standard output (or {@code -o FILE}); several inputs → JSON Lines on standard
 * output, or one {@code DIR/<base name>.json} each with {@code --out-dir}. Files are replaced atomically, never left
 * half-written. A file that cannot be read is reported in one line and skipped; the others are still converted and
 * the exit code is {@value ExitCode#UNREADABLE}.
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Reads plan documents and writes their plan JSON (schemaVersion \"1\").",
                "One input: one JSON document on standard output. Several inputs: JSON Lines (one document per line) "
                        + "on standard output, or one file each with --out-dir. Errors go to standard error, one line "
                        + "per file; a file that cannot be read does not stop the others.",
                ""},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.USAGE_LINE, ExitCode.UNREADABLE_LINE, ExitCode.INTERNAL_LINE},
        footerHeading = "%nExamples:%n",
        footer = {"  kehoach convert plan.docx                        one line of JSON on stdout",
                "  kehoach convert plan.docx --pretty -o plan.json  indented, into plan.json",
                "  kehoach convert a.txt b.pdf > plans.jsonl        JSON Lines, one per input",
                "  kehoach convert plans/*.docx --out-dir json      json/<name>.json each",
                "  kehoach convert - < plan.txt                     read standard input"})
public final class ConvertCommand implements Callable<Integer> {
    private static final String STDIN = Inputs.STDIN;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private KehoachCommand root;

    @Mixin
    private LoggingOptions logging;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = {"Documents to convert: plain text (UTF-8, UTF-16, Windows-1258, TCVN3 or VNI), HTML, DOCX, DOC, "
                    + "ODT, RTF or PDF; - reads standard input.",
                    "Example: kehoach convert ke-hoach-55.docx"})
    private List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write the JSON into FILE instead of standard output; only with one input. FILE is "
                    + "replaced in one step, and left alone when the input cannot be read. Default: standard output.",
                    "Example: -o ke-hoach-55.json"})
    private Path output;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = {"Write one file per input, DIR/<input name without extension>.json (stdin.json for -), "
                    + "creating DIR if needed. Two inputs with the same name are refused before any work. "
                    + "Default: standard output.",
                    "Example: --out-dir json/"})
    private Path outDir;

    @Option(names = "--pretty",
            description = {"Indent the JSON over several lines for reading. Default: compact, one line per document. "
                    + "Not with several inputs on standard output, which is JSON Lines.",
                    "Example: kehoach convert plan.txt --pretty"})
    private boolean pretty;

    @Option(names = "--tone-marks", paramLabel = "STYLE",
            description = {"Where tone marks go in oa, oe, uy: ${COMPLETION-CANDIDATES}. MODERN writes hòa, thủy, Ủy "
                    + "(the JSON contract's style); OLD writes hoà, thuỷ, Uỷ; KEEP leaves the text as written. "
                    + "Default: ${DEFAULT-VALUE}.",
                    "Example: --tone-marks OLD"})
    private ToneStyle toneMarks = ToneStyle.MODERN;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() {
        List<Job> jobs = jobs();
        PlanParser parser = input.parserBuilder().toneMarks(toneMarks).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outDir != null) {
            try {
                Files.createDirectories(root.workingDir().resolve(outDir));
            } catch (IOException e) {
                err.println("kehoach: " + outDir + ": cannot create the directory (" + Inputs.describe(e) + ")");
                err.flush();
                return ExitCode.UNREADABLE;
            }
        }
        Progress progress = new Progress(err, jobs.size(), outDir != null && jobs.size() > 1 && root.interactive());
        int unreadable = 0;
        int unwritable = 0;
        int internal = 0;
        for (int i = 0; i < jobs.size(); i++) {
            progress.step(i + 1, jobs.get(i).input());
            switch (convert(parser, jobs.get(i), out, err, progress)) {
                case OK -> { }
                case UNREADABLE -> unreadable++;
                case UNWRITABLE -> unwritable++;
                case INTERNAL -> internal++;
            }
        }
        progress.clear();
        int failed = unreadable + unwritable + internal;
        if (failed > 0 && jobs.size() > 1) {
            err.println("kehoach: " + failed + " of " + jobs.size() + " files could not be "
                    + (failed == unreadable ? "read" : "converted"));
        }
        err.flush();
        return internal > 0 ? ExitCode.INTERNAL : failed > 0 ? ExitCode.UNREADABLE : ExitCode.OK;
    }

    /** One input and where its JSON goes; a null target is standard output. */
    private record Job(String input, Path target) {
    }

    private enum Outcome { OK, UNREADABLE, UNWRITABLE, INTERNAL }

    /** Checks the arguments against each other and decides every output, before any input is read. */
    private List<Job> jobs() {
        if (output != null && output.toString().equals(STDIN)) {
            output = null; // -o - is standard output, as with most tools
        }
        if (output != null && outDir != null) {
            throw usage("use either -o/--output or --out-dir, not both");
        }
        if (output != null && files.size() > 1) {
            throw usage("-o/--output takes one input, but " + files.size() + " were given; use --out-dir DIR "
                    + "for several");
        }
        if (output != null && Files.isDirectory(root.workingDir().resolve(output))) {
            throw usage(output + " is a directory; use --out-dir " + output + " to write into it");
        }
        if (pretty && files.size() > 1 && outDir == null) {
            throw usage("--pretty needs one input or --out-dir: several documents on standard output are JSON "
                    + "Lines, one per line");
        }
        if (files.stream().filter(STDIN::equals).count() > 1) {
            throw usage("standard input (-) can be read only once");
        }
        List<Job> jobs = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        for (String input : files) {
            if (outDir == null) {
                jobs.add(new Job(input, output));
                continue;
            }
            Path target = outDir.resolve(baseName(input) + ".json");
            String other = seen.putIfAbsent(target, input);
            if (other != null) {
                throw usage(other + " and " + input + " would both be written to " + target
                        + "; rename one or convert them in separate runs");
            }
            jobs.add(new Job(input, target));
        }
        for (Job job : jobs) {
            refuseOverwritingAnInput(job.target());
        }
        return jobs;
    }

    /** No output file may be one of the inputs: its JSON would replace the document. */
    private void refuseOverwritingAnInput(Path target) {
        if (target == null) {
            return;
        }
        Path resolved = root.workingDir().resolve(target);
        for (String input : files) {
            if (!input.equals(STDIN)
                    && Inputs.sameFile(root.workingDir().resolve(Inputs.path(input, spec.commandLine())), resolved)) {
                throw usage(target + " is also an input; its JSON would replace it (write the JSON elsewhere)");
            }
        }
    }

    private Outcome convert(PlanParser parser, Job job, PrintWriter out, PrintWriter err, Progress progress) {
        String json;
        try {
            PlanDocument plan = Inputs.read(parser, job.input(), root.workingDir(), root.stdin()).document();
            // The whole text is built before anything is written, so a failure never leaves half a document.
            json = pretty ? PlanJson.writePretty(plan) : PlanJson.write(plan) + "\n";
        } catch (DocumentReadException e) {
            report(err, progress, job.input(), e.reason(), e.getCause());
            return Outcome.UNREADABLE;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug shown on one document should not cost the rest of a batch.
            report(err, progress, job.input(), Messages.internalError(e, verbose()), e);
            return Outcome.INTERNAL;
        }
        if (job.target() == null) {
            out.print(json);
            out.flush();
            return Outcome.OK;
        }
        try {
            OutputFile.write(root.workingDir().resolve(job.target()), json);
            return Outcome.OK;
        } catch (IOException e) {
            report(err, progress, job.target().toString(), "cannot be written (" + Inputs.describe(e) + ")", e);
            return Outcome.UNWRITABLE;
        }
    }

    /** {@code kehoach: <file>: <reason>}, and with --verbose the cause's stack trace before it. */
    private void report(PrintWriter err, Progress progress, String file, String reason, Throwable cause) {
        progress.clear();
        if (verbose() && cause != null) {
            cause.printStackTrace(err);
        }
        err.println("kehoach: " + file + ": " + Messages.oneLine(reason));
        err.flush();
    }

    /** The output name for an input: its file name without the last extension; {@code stdin} for {@code -}. */
    private String baseName(String input) {
        if (input.equals(STDIN)) {
            return "stdin";
        }
        Path name = Inputs.path(input, spec.commandLine()).getFileName();
        String s = name == null ? input : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    private boolean verbose() {
        return logging.verbose() || root.verbose();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
