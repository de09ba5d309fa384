package vn.kehoach.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoach.cli.options.LoggingOptions;
import vn.kehoach.model.Period;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.time.DeadlineIssue;
import vn.kehoach.parser.time.DeadlineParser;
import vn.kehoach.parser.time.DeadlineReading;

/**
 * {@code kehoach deadline [--issued DATE] [--period YYYY-YYYY] [TEXT...]}: shows how deadline phrases are read, one
 * deadline JSON object (plan-json-v1) per line: for each TEXT argument, or for each line of standard input when there
 * is none (a blank line gives {@code null}, as a task without a deadline). Problems with a phrase go to standard
 * error, one line each; the exit code is {@value ExitCode#OK} whenever the phrases could be read.
 */
@Command(name = "deadline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Reads deadline phrases (the time column of a plan's task table: \"Quý IV năm 2013\", "
                + "\"trước ngày 15/12 hằng năm\", \"Thường xuyên\") and prints each as one deadline JSON object "
                + "(plan-json-v1) on one line.",
                "Phrases come from the arguments, one per TEXT, or from standard input, one per line, when no TEXT "
                        + "is given; a blank input line prints null. A phrase that cannot be read prints with kind "
                        + "UNPARSED. Problems (DATE_INVALID, YEAR_IMPLAUSIBLE, DEADLINE_UNPARSED) go to standard "
                        + "error, one line each.",
                ""},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.USAGE_LINE, "3:standard input could not be read",
                ExitCode.INTERNAL_LINE},
        footerHeading = "%nExamples:%n",
        footer = {"  kehoach deadline \"Quý IV năm 2013\"",
                "      {\"text\":\"Quý IV năm 2013\",\"kind\":\"QUARTER\",\"start\":\"2013-10-01\",...}",
                "  kehoach deadline --issued 2013-08-14 --period 2013-2015 \\",
                "      \"Quý IV hàng năm\" \"trước ngày 15/12\"",
                "      two lines: RECURRING (yearly, within Q4), then DATE ending 2013-12-15",
                "  kehoach deadline --period 2022-2030 < cells.txt > deadlines.jsonl",
                "      one line of JSON per line of cells.txt (null for a blank line)",
                "  echo \"Quy IV nam 2013\" | kehoach deadline",
                "      text typed without diacritics is read too"})
public final class DeadlineCommand implements Callable<Integer> {
    private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})\\s*");
    private static final Pattern DMY = Pattern.compile("\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\s*");

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private KehoachCommand root;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--issued", paramLabel = "DATE",
            description = {"The plan's issue date, YYYY-MM-DD or D/M/YYYY. It gives year-less phrases their year "
                    + "(\"trước ngày 15/12\" is the next 15 December from it), anchors \"kể từ ngày ban hành\" and "
                    + "starts \"từ nay\". Default: none (those stay null).",
                    "Example: --issued 2013-08-14"})
    private String issued;

    @Option(names = "--period", paramLabel = "YYYY-YYYY",
            description = {"The years the plan covers. Recurring, ongoing and open-ended deadlines take its bounds "
                    + "(1 January of the first year, 31 December of the last); without --issued, year-less phrases "
                    + "take its first year. Default: none.",
                    "Example: --period 2013-2015"})
    private String period;

    @Parameters(paramLabel = "TEXT", arity = "0..*",
            description = {"Deadline phrases, one per argument (quote each). Default: the lines of standard input.",
                    "Example: kehoach deadline \"Quý I/2014 thực hiện thí điểm Quý I/2015 thực hiện tất cả\""})
    private List<String> texts;

    @Override
    public Integer call() {
        DeadlineContext context = new DeadlineContext(issuedOn(), period());
        DeadlineParser parser = new DeadlineParser();
        var messages = new vn.kehoach.parser.validate.Messages(Locale.ENGLISH);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (texts != null && !texts.isEmpty()) {
            for (int i = 0; i < texts.size(); i++) {
                print(parser.read(texts.get(i), context), "argument " + (i + 1), messages, out, err);
            }
            return ExitCode.OK;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8));
        try {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                if (n++ == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    out.println("null");
                    out.flush();
                } else {
                    print(parser.read(line, context), "line " + n, messages, out, err);
                }
            }
        } catch (IOException e) {
            err.println("kehoach: standard input: cannot be read (" + Messages.oneLine(e.getMessage()) + ")");
            err.flush();
            return ExitCode.UNREADABLE;
        }
        return ExitCode.OK;
    }

    private static void print(DeadlineReading r, String where, vn.kehoach.parser.validate.Messages messages,
            PrintWriter out, PrintWriter err) {
        out.println(PlanJson.write(r.deadline()));
        out.flush();
        for (DeadlineIssue i : r.issues()) {
            err.println("kehoach: " + where + ": " + i.code() + ": " + messages.get(i.code(), i.excerpt()));
        }
        err.flush();
    }

    private LocalDate issuedOn() {
        if (issued == null) {
            return null;
        }
        try {
            Matcher m = DMY.matcher(issued);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            return LocalDate.parse(issued.strip());
        } catch (DateTimeException e) {
            throw usage("--issued must be a calendar date like 2013-08-14 or 14/8/2013, not '" + issued + "'");
        }
    }

    private Period period() {
        if (period == null) {
            return null;
        }
        Matcher m = PERIOD.matcher(period);
        if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
            throw usage("--period must be two years FROM-TO, FROM not after TO, like 2013-2015, not '" + period + "'");
        }
        return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
