package vn.kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
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
    private static final String STDIN = "-";
    private static final long MIB = 1L << 20;
    /** The reader holds a whole input in one byte array. */
    private static final long MAX_SIZE_MIB = 2047;

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

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = {"The encoding of plain-text input. Default: detected from the byte-order mark or the "
                    + "bytes (UTF-8, UTF-16, Windows-1258, or the legacy TCVN3 and VNI fonts). Ignored for other "
                    + "formats; text in a legacy font inside DOCX, DOC or HTML is decoded line by line anyway.",
                    "Example: --encoding windows-1258"})
    private Charset encoding;

    @Option(names = "--tone-marks", paramLabel = "STYLE",
            description = {"Where tone marks go in oa, oe, uy: ${COMPLETION-CANDIDATES}. MODERN writes hòa, thủy, Ủy "
                    + "(the JSON contract's style); OLD writes hoà, thuỷ, Uỷ; KEEP leaves the text as written. "
                    + "Default: ${DEFAULT-VALUE}.",
                    "Example: --tone-marks OLD"})
    private ToneStyle toneMarks = ToneStyle.MODERN;

    @Option(names = "--max-size", paramLabel = "MiB", defaultValue = "64",
            description = {"Refuse inputs larger than this many mebibytes, 1 to " + MAX_SIZE_MIB
                    + ". Default: ${DEFAULT-VALUE}.",
                    "Example: --max-size 200"})
    private long maxSizeMiB;

    @Override
    public Integer call() {
        List<Job> jobs = jobs();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                err.println("kehoach: " + outDir + ": cannot create the directory (" + describe(e) + ")");
                err.flush();
                return ExitCode.UNREADABLE;
            }
        }
        PlanParser parser = parser();
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
        if (output != null && Files.isDirectory(output)) {
            throw usage(output + " is a directory; use --out-dir " + output + " to write into it");
        }
        if (pretty && files.size() > 1 && outDir == null) {
            throw usage("--pretty needs one input or --out-dir: several documents on standard output are JSON "
                    + "Lines, one per line");
        }
        if (maxSizeMiB < 1 || maxSizeMiB > MAX_SIZE_MIB) {
            throw usage("--max-size must be between 1 and " + MAX_SIZE_MIB + " MiB, not " + maxSizeMiB);
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
        return jobs;
    }

    private PlanParser parser() {
        PlanParser.Builder builder = PlanParser.builder().maxInputBytes(maxSizeMiB * MIB).toneMarks(toneMarks);
        if (encoding != null) {
            builder.charset(encoding);
        }
        return builder.build();
    }

    private Outcome convert(PlanParser parser, Job job, PrintWriter out, PrintWriter err, Progress progress) {
        String json;
        try {
            PlanDocument plan = read(parser, job.input());
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
            OutputFile.write(job.target(), json);
            return Outcome.OK;
        } catch (IOException e) {
            report(err, progress, job.target().toString(), "cannot be written (" + describe(e) + ")", e);
            return Outcome.UNWRITABLE;
        }
    }

    private PlanDocument read(PlanParser parser, String input) throws DocumentReadException {
        if (input.equals(STDIN)) {
            return parser.parse(root.stdin(), STDIN);
        }
        Path path = path(input);
        if (Files.isDirectory(path)) {
            throw new DocumentReadException(input, "is a directory");
        }
        if (!Files.exists(path)) {
            throw new DocumentReadException(input, "no such file");
        }
        return parser.parse(path);
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

    private Path path(String input) {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            throw usage(input + " is not a valid file name on this system (" + e.getReason() + ")");
        }
    }

    /** The output name for an input: its file name without the last extension; {@code stdin} for {@code -}. */
    private String baseName(String input) {
        if (input.equals(STDIN)) {
            return "stdin";
        }
        Path name = path(input).getFileName();
        String s = name == null ? input : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return Messages.oneLine(e.getMessage());
    }

    private boolean verbose() {
        return logging.verbose() || root.verbose();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
