package vn.kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoach.cli.config.ConfigException;
import vn.kehoach.cli.config.ConfigFile;
import vn.kehoach.cli.config.Language;
import vn.kehoach.cli.config.Settings;
import vn.kehoach.cli.options.InputOptions;
import vn.kehoach.cli.options.LanguageOption;
import vn.kehoach.cli.options.LoggingOptions;
import vn.kehoach.cli.output.OutputFile;
import vn.kehoach.cli.output.Progress;
import vn.kehoach.cli.report.CheckedFile;
import vn.kehoach.cli.report.FailOn;
import vn.kehoach.cli.report.Finding;
import vn.kehoach.cli.report.Format;
import vn.kehoach.cli.report.ReportText;
import vn.kehoach.cli.report.Source;
import vn.kehoach.cli.report.UnreadableFile;
import vn.kehoach.cli.report.ValidationReport;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.DocumentReadException;
import vn.kehoach.parser.ParsedPlan;
import vn.kehoach.parser.PlanParser;

/**
 * {@code kehoach validate FILE...}: checks plan documents with the validator's rules and reports the findings in
 * one of the {@link Format}s, on standard output or into {@code -o FILE} (replaced in one step).
 *
 * <p>Settings come from the options, laid over a configuration file ({@code --config FILE}, else
 * {@code .kehoach.json}, {@code .kehoach.yml} or {@code .kehoach.yaml} in the working directory). A directory
 * stands for the documents under it. An input that cannot be read does not stop the others: it is reported at
 * the end, and the exit code is {@value ExitCode#UNREADABLE}, which wins over {@value ExitCode#FINDINGS}.
 * Standard error ends with a summary line, "3 errors, 2 warnings in 4 files".
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Checks plan documents against the rules listed by 'kehoach rules'.",
                "Reports what it finds as text on standard output, or as JSON, SARIF, JUnit XML or GitHub Actions "
                        + "commands; standard error ends with a summary line.",
                "Settings come from the options and from .kehoach.json, .kehoach.yml or .kehoach.yaml in the "
                        + "working directory (or --config FILE), with keys disable, severity, failOn, lang and "
                        + "format; an option wins over the file.",
                ""},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:ok: nothing at or above the --fail-on level", ExitCode.FINDINGS_LINE,
                ExitCode.USAGE_CONFIG_LINE,
                "3:an input could not be read, or the report not written; wins over 1",
                ExitCode.INTERNAL_LINE},
        footerHeading = "%nExamples:%n",
        footer = {"  kehoach validate plan.docx                  findings, then a summary",
                "  kehoach validate plans/ --fail-on warning   every document under plans/",
                "  kehoach validate plans/*.txt --format sarif -o kehoach.sarif",
                "  kehoach validate plan.txt --disable RECIPIENTS_MISSING \\",
                "      --severity DEADLINE_UNPARSED=info",
                "  kehoach validate --lang vi - < plan.txt     messages in Vietnamese"})
public final class ValidateCommand implements Callable<Integer> {
    /** The extensions of the documents a directory stands for. */
    private static final Set<String> EXTENSIONS = Set.of("txt", "htm", "html", "docx", "doc", "odt", "rtf", "pdf");

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private KehoachCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = {"Documents to check (the formats of convert); a directory stands for the .txt, .htm(l), "
                    + ".docx, .doc, .odt, .rtf and .pdf files under it, hidden ones and the -o file left out; - reads "
                    + "standard input.",
                    "Example: kehoach validate ke-hoach-55.docx plans/"})
    private List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"The report: text (file:line:col: error[CODE] message, with the source line), json, "
                    + "sarif (SARIF 2.1.0, for GitHub code scanning), junit (JUnit XML, one test case per rule) "
                    + "or github (GitHub Actions annotations). Default: text.",
                    "Example: --format sarif"})
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write the report into FILE, replaced in one step, instead of standard output; not one of "
                    + "the inputs.",
                    "Example: -o kehoach.sarif"})
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = {"Exit 1 when something is found at this severity or above: error, warning or never. "
                    + "Default: error.",
                    "Example: --fail-on warning"})
    private String failOn;

    @Option(names = "--disable", paramLabel = "CODE", split = ",",
            description = {"Do not run the rule with this code; repeat it or separate codes with commas. Adds to "
                    + "the configuration file's list.",
                    "Example: --disable RECIPIENTS_MISSING"})
    private List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", split = ",",
            description = {"Report the rule's findings at this level: error, warning or info. Repeatable.",
                    "Example: --severity DEADLINE_UNPARSED=info"})
    private Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = {"Read settings from this JSON or YAML file instead of looking for .kehoach.json, "
                    + ".kehoach.yml or .kehoach.yaml in the working directory.",
                    "Example: --config ci/kehoach.yml"})
    private Path config;

    @Mixin
    private LanguageOption language;

    @Option(names = "--no-color",
            description = {"No colours in the text report. Default: colours when writing to a terminal, unless the "
                    + "NO_COLOR environment variable is set.",
                    "Example: kehoach validate --no-color plan.docx"})
    private boolean noColor;

    @Mixin
    private InputOptions input;

    @Mixin
    private LoggingOptions logging;

    /** One document to check: the name to read it by and where it comes from. */
    private record Item(String name, Source source) {
    }

    /** A line for standard error about one input, with the exception behind it for --verbose. */
    private record Problem(String name, String reason, Throwable cause) {
    }

    @Override
    public Integer call() {
        Settings settings = settings();
        Locale locale = Optional.ofNullable(settings.language()).orElseGet(Language::fromDefault).locale();
        Format reportFormat = Optional.ofNullable(settings.format()).orElse(Format.TEXT);
        FailOn level = Optional.ofNullable(settings.failOn()).orElse(FailOn.ERROR);
        Path target = target();
        if (files.stream().filter(Inputs.STDIN::equals).count() > 1) {
            throw usage("standard input (-) can be read only once");
        }
        refuseOverwritingAnInput(target);
        PlanParser parser = input.parserBuilder().rules(settings.rules()).messageLocale(locale).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        List<CheckedFile> checked = new ArrayList<>();
        List<UnreadableFile> unreadable = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Item> items = items(target, unreadable, problems);
        int internal = 0;
        Progress progress = new Progress(err, items.size(), root.interactive() && items.size() > 1);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            progress.step(i + 1, item.name());
            try {
                ParsedPlan plan = Inputs.read(parser, item.name(), root.workingDir(), root.stdin());
                checked.add(new CheckedFile(item.source(), findings(plan)));
            } catch (DocumentReadException e) {
                unreadable.add(new UnreadableFile(item.source(), Messages.oneLine(e.reason())));
                problems.add(new Problem(item.name(), e.reason(), e.getCause()));
            } catch (RuntimeException | StackOverflowError e) {
                // A bug shown on one document should not cost the rest of a batch.
                String reason = Messages.internalError(e, verbose());
                unreadable.add(new UnreadableFile(item.source(), reason));
                problems.add(new Problem(item.name(), reason, e));
                internal++;
            }
        }
        progress.clear();

        ValidationReport report = new ValidationReport(checked, unreadable, settings.rules(), level, locale);
        boolean written = write(report, reportFormat, target, out, problems);
        for (Problem p : problems) {
            if (verbose() && p.cause() != null) {
                p.cause().printStackTrace(err);
            }
            err.println("kehoach: " + p.name() + ": " + Messages.oneLine(p.reason()));
        }
        int inputs = checked.size() + unreadable.size();
        if (!unreadable.isEmpty() && inputs > 1) {
            err.println("kehoach: " + unreadable.size() + " of " + inputs + " files could not be read");
        }
        err.println(new ReportText(locale).summary(report.counts(), checked.size()));
        err.flush();
        if (internal > 0) {
            return ExitCode.INTERNAL;
        } else if (!unreadable.isEmpty() || !written) {
            return ExitCode.UNREADABLE;
        }
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The options over the configuration file; any setting that cannot be used is a usage error. */
    private Settings settings() {
        try {
            Map<String, Severity> levels = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : severity.entrySet()) {
                String code = Settings.code(e.getKey().strip(), "--severity");
                levels.put(code, Settings.choice(Severity.class, e.getValue().strip(), "--severity " + code));
            }
            Set<String> off = new LinkedHashSet<>();
            for (String code : disable) {
                off.add(Settings.code(code.strip(), "--disable"));
            }
            Settings options = new Settings(off, levels,
                    failOn == null ? null : Settings.choice(FailOn.class, failOn, "--fail-on"),
                    language.language().orElse(null),
                    format == null ? null : Settings.choice(Format.class, format, "--format"));
            return options.over(fileSettings());
        } catch (ConfigException e) {
            throw usage(e.getMessage());
        }
    }

    private Settings fileSettings() throws ConfigException {
        if (config != null) {
            return ConfigFile.read(root.workingDir().resolve(config), config.toString());
        }
        Optional<Path> found = ConfigFile.find(root.workingDir());
        return found.isEmpty() ? Settings.NONE
                : ConfigFile.read(found.get(), found.get().getFileName().toString());
    }

    /** Where the report goes; null for standard output. */
    private Path target() {
        if (output == null || output.toString().equals(Inputs.STDIN)) {
            return null;
        }
        if (Files.isDirectory(root.workingDir().resolve(output))) {
            throw usage(output + " is a directory; give the report a file name, like " + output.resolve("report"));
        }
        return root.workingDir().resolve(output);
    }

    /** The report must not replace a document named on the command line. */
    private void refuseOverwritingAnInput(Path target) {
        if (target == null) {
            return;
        }
        for (String name : files) {
            if (name.equals(Inputs.STDIN)) {
                continue;
            }
            Path path = root.workingDir().resolve(Inputs.path(name, spec.commandLine()));
            if (!Files.isDirectory(path) && Inputs.sameFile(path, target)) {
                throw usage(output + " is also an input; the report would replace it (give -o another file)");
            }
        }
    }

    /**
     * The documents to check, in argument order; a directory's sorted by path, without hidden files and
     * directories, and without the report's own file (which the walk would pick up on the next run).
     */
    private List<Item> items(Path target, List<UnreadableFile> unreadable, List<Problem> problems) {
        List<Item> items = new ArrayList<>();
        for (String name : files) {
            if (name.equals(Inputs.STDIN)) {
                items.add(new Item(name, Source.stdin()));
                continue;
            }
            Path path = root.workingDir().resolve(Inputs.path(name, spec.commandLine()));
            if (!Files.isDirectory(path)) {
                items.add(new Item(name, Source.of(name, path, root.workingDir())));
                continue;
            }
            String reason;
            try {
                List<Path> documents = documents(path).stream()
                        .filter(doc -> target == null || !Inputs.sameFile(doc, target)).sorted().toList();
                for (Path doc : documents) {
                    String docName = Path.of(name).resolve(path.relativize(doc)).toString();
                    items.add(new Item(docName, Source.of(docName, doc, root.workingDir())));
                }
                if (!documents.isEmpty()) {
                    continue;
                }
                reason = "no documents (" + String.join(", ", EXTENSIONS.stream().sorted().toList())
                        + ") in this directory";
            } catch (IOException e) {
                reason = "cannot be listed (" + Messages.oneLine(e.getMessage()) + ")";
            }
            unreadable.add(new UnreadableFile(Source.of(name, path, root.workingDir()), reason));
            problems.add(new Problem(name, reason, null));
        }
        return items;
    }

    /** The documents under {@code dir}, leaving out any hidden file or directory below it. */
    private static List<Path> documents(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                // The given directory itself may well be "." or "..": only the names below it count.
                return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isDocument(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isDocument(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && Files.isRegularFile(p)
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<Finding> findings(ParsedPlan plan) {
        return plan.document().diagnostics().stream().map(d -> new Finding(d,
                d.line() == null ? null : plan.sourceLine(d.line()).orElse(null))).toList();
    }

    /** Writes the whole report; false, with a problem added, when the output file cannot be written. */
    private boolean write(ValidationReport report, Format reportFormat, Path target, PrintWriter out,
            List<Problem> problems) {
        boolean color = reportFormat == Format.TEXT && target == null && root.interactive() && !noColor
                && (root.env("NO_COLOR") == null || root.env("NO_COLOR").isEmpty());
        StringWriter text = new StringWriter();
        try {
            reportFormat.reporter(color).write(report, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        if (target == null) {
            out.print(text);
            out.flush();
            return true;
        }
        try {
            OutputFile.write(target, text.toString());
            return true;
        } catch (IOException e) {
            problems.add(new Problem(output.toString(), "cannot be written (" + Inputs.describe(e) + ")", e));
            return false;
        }
    }

    private boolean verbose() {
        return logging.verbose() || root.verbose();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
