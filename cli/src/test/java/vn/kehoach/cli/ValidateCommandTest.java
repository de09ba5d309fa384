package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.cli.Fixtures.CLEAN;
import static vn.kehoach.cli.Fixtures.DATED;
import static vn.kehoach.cli.Fixtures.args;
import static vn.kehoach.cli.Fixtures.only;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kehoach validate}: exit codes, the text report, inputs, output and the summary line. */
class ValidateCommandTest {
    private static final List<String> TWO_RULES = only("RECIPIENTS_MISSING", "DATE_INVALID");
    private static final String RECIPIENTS = "dated.txt: warning[RECIPIENTS_MISSING] No \"Nơi nhận\" (recipients) "
            + "block was found.";
    private static final String DATE = "dated.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in "
            + "the calendar.";
    private static final String SOURCE = "   13 | 2. Sở Nội vụ tổng hợp, báo cáo trước ngày 31/9/2013.";
    private static final String CARETS = "      |                                           ^^^^^^^^^";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixtures() {
        Fixtures.copy(DATED, dir.resolve(DATED));
        Fixtures.copy(CLEAN, dir.resolve(CLEAN));
    }

    private Cli.Result validate(String... args) {
        return Cli.runIn(dir, Fixtures.args(TWO_RULES, args));
    }

    @Test
    void reportsEachFindingWithItsSourceLineAndCaretsAndExitsOneOnAnError() {
        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).containsExactly(RECIPIENTS, DATE, SOURCE, CARETS);
        assertThat(r.errLines()).containsExactly("1 error, 1 warning in 1 file");
    }

    @Test
    void cleanDocumentExitsZeroWithAnEmptyReport() {
        Cli.Result r = validate("validate", CLEAN);

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("0 errors, 0 warnings in 1 file");
    }

    @Test
    void aWarningAloneDoesNotFailUnlessFailOnIsWarning() {
        String[] recipientsOnly = args(only("RECIPIENTS_MISSING"), "validate", DATED);

        Cli.Result byDefault = Cli.runIn(dir, recipientsOnly);
        Cli.Result strict = Cli.runIn(dir, args(only("RECIPIENTS_MISSING"), "validate", DATED, "--fail-on",
                "warning"));

        assertThat(byDefault.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(byDefault.outLines()).containsExactly(RECIPIENTS);
        assertThat(byDefault.errLines()).containsExactly("0 errors, 1 warning in 1 file");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void failOnNeverNeverFails() {
        Cli.Result r = validate("validate", DATED, "--fail-on", "never");

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.outLines()).containsExactly(RECIPIENTS, DATE, SOURCE, CARETS);
    }

    @Test
    void severityOptionReportsARuleAtAnotherLevel() {
        Cli.Result r = validate("validate", DATED, "--severity", "DATE_INVALID=info");

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.outLines()).contains("dated.txt:13:43: info[DATE_INVALID] The date 31/9/2013 does not exist "
                + "in the calendar.");
        assertThat(r.errLines()).containsExactly("0 errors, 1 warning, 1 info in 1 file");
    }

    @Test
    void disableTakesCommaListsAndRepeats() {
        List<String> allButTwo = only("DATE_INVALID", "RECIPIENTS_MISSING");

        Cli.Result r = Cli.runIn(dir, args(allButTwo, "validate", DATED, "--disable", "RECIPIENTS_MISSING"));

        assertThat(r.outLines()).containsExactly(DATE, SOURCE, CARETS);
    }

    @Test
    void vietnameseMessagesAndWords() {
        Cli.Result r = validate("validate", "--lang", "vi", DATED);

        assertThat(r.outLines()).containsExactly(
                "dated.txt: cảnh báo[RECIPIENTS_MISSING] Không tìm thấy phần \"Nơi nhận\".",
                "dated.txt:13:43: lỗi[DATE_INVALID] Ngày 31/9/2013 không có trong lịch.", SOURCE, CARETS);
        assertThat(r.errLines()).containsExactly("1 lỗi, 1 cảnh báo trong 1 tệp");
    }

    @Test
    void languageDefaultsToVietnameseInAVietnameseLocale() {
        Locale before = Locale.getDefault();
        Cli.Result vi;
        Cli.Result en;
        try {
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            vi = validate("validate", DATED);
            Locale.setDefault(Locale.forLanguageTag("fr-FR"));
            en = validate("validate", DATED);
        } finally {
            Locale.setDefault(before);
        }

        assertThat(vi.errLines()).containsExactly("1 lỗi, 1 cảnh báo trong 1 tệp");
        assertThat(en.errLines()).containsExactly("1 error, 1 warning in 1 file");
    }

    @Test
    void badLanguageIsAUsageError() {
        Cli.Result r = validate("validate", "--lang", "fr", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("kehoach: --lang: 'fr' is not one of vi, en",
                "Try 'kehoach validate --help' for more information.");
    }

    @Test
    void colorsOnlyOnATerminalWithoutNoColor() {
        String[] a = args(TWO_RULES, "validate", DATED);
        String[] noColor = args(TWO_RULES, "validate", DATED, "--no-color");

        Cli.Result terminal = Cli.runIn(dir, Map.of(), true, InputStream.nullInputStream(), a);
        Cli.Result optedOut = Cli.runIn(dir, Map.of(), true, InputStream.nullInputStream(), noColor);
        Cli.Result env = Cli.runIn(dir, Map.of("NO_COLOR", "1"), true, InputStream.nullInputStream(), a);
        Cli.Result emptyEnv = Cli.runIn(dir, Map.of("NO_COLOR", ""), true, InputStream.nullInputStream(), a);
        Cli.Result pipe = Cli.runIn(dir, Map.of(), false, InputStream.nullInputStream(), a);

        assertThat(terminal.outLines()).containsExactly(
                "\u001B[1mdated.txt:\u001B[0m \u001B[1m\u001B[33mwarning[RECIPIENTS_MISSING]\u001B[0m No \"Nơi nhận\" "
                        + "(recipients) block was found.",
                "\u001B[1mdated.txt:13:43:\u001B[0m \u001B[1m\u001B[31merror[DATE_INVALID]\u001B[0m The date 31/9/2013 "
                        + "does not exist in the calendar.",
                SOURCE,
                "      |                                           \u001B[31m^^^^^^^^^\u001B[0m");
        assertThat(emptyEnv.out()).isEqualTo(terminal.out());
        assertThat(optedOut.out()).doesNotContain("\u001B").isEqualTo(pipe.out());
        assertThat(env.out()).doesNotContain("\u001B").isEqualTo(pipe.out());
    }

    @Test
    void outputFileHasTheReportWithoutColoursAndStdoutStaysEmpty() throws IOException {
        Cli.Result r = Cli.runIn(dir, Map.of(), true, InputStream.nullInputStream(),
                args(TWO_RULES, "validate", DATED, "-o", "report.txt"));

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("1 error, 1 warning in 1 file");
        assertThat(Files.readAllLines(dir.resolve("report.txt"))).containsExactly(RECIPIENTS, DATE, SOURCE, CARETS);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".report.txt.tmp")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void outputDashIsStandardOutput() {
        Cli.Result r = validate("validate", DATED, "-o", "-");

        assertThat(r.outLines()).containsExactly(RECIPIENTS, DATE, SOURCE, CARETS);
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void outputIntoAMissingDirectoryIsUnwritableAndExitsThree() {
        Cli.Result r = validate("validate", DATED, "-o", "no/such/report.txt");

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).containsExactly(
                "kehoach: no/such/report.txt: cannot be written (no such directory)",
                "1 error, 1 warning in 1 file");
    }

    @Test
    void outputOntoADirectoryIsAUsageError() throws IOException {
        Files.createDirectory(dir.resolve("reports"));

        Cli.Result r = validate("validate", DATED, "-o", "reports");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first().isEqualTo("kehoach: reports is a directory; give the report a file name, "
                + "like reports/report");
    }

    @Test
    void outputOntoAnInputIsAUsageErrorAndLeavesTheInputAlone() throws IOException {
        String before = Files.readString(dir.resolve(DATED));
        Files.createDirectory(dir.resolve("sub"));

        Cli.Result same = validate("validate", CLEAN, DATED, "-o", DATED);
        Cli.Result otherSpelling = validate("validate", DATED, "-o", "sub/../" + DATED);

        assertThat(same.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(same.out()).isEmpty();
        assertThat(same.errLines()).containsExactly(
                "kehoach: dated.txt is also an input; the report would replace it (give -o another file)",
                "Try 'kehoach validate --help' for more information.");
        assertThat(otherSpelling.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(otherSpelling.errLines()).first().asString().startsWith("kehoach: sub/../dated.txt is also an "
                + "input;");
        assertThat(Files.readString(dir.resolve(DATED))).isEqualTo(before);
    }

    @Test
    void reportInsideAWalkedDirectoryIsNotCheckedOnTheNextRun() throws IOException {
        Fixtures.copy(DATED, dir.resolve("plans/a.txt"));
        String[] a = args(only("DATE_INVALID"), "validate", "plans", "-o", "plans/findings.txt");

        Cli.Result first = Cli.runIn(dir, a);
        String report = Files.readString(dir.resolve("plans/findings.txt"));
        Cli.Result second = Cli.runIn(dir, a);

        assertThat(first.errLines()).containsExactly("1 error, 0 warnings in 1 file");
        assertThat(second.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(second.errLines()).containsExactly("1 error, 0 warnings in 1 file");
        assertThat(Files.readString(dir.resolve("plans/findings.txt"))).isEqualTo(report);
    }

    @Test
    void reportInTheWorkingDirectoryIsLeftOutOfDotAndItsLinks() throws IOException {
        Path plans = Files.createDirectory(dir.resolve("plans"));
        Fixtures.copy(DATED, plans.resolve("a.txt"));
        Files.writeString(plans.resolve("findings.txt"), "old report\n");

        Cli.Result r = Cli.runIn(plans, args(only("DATE_INVALID"), "validate", ".", "-o", "findings.txt"));
        Cli.Result up = Cli.runIn(plans, args(only("DATE_INVALID"), "validate", "../plans", "-o",
                plans.resolve("findings.txt").toString()));

        assertThat(r.errLines()).containsExactly("1 error, 0 warnings in 1 file");
        assertThat(up.errLines()).containsExactly("1 error, 0 warnings in 1 file");
    }

    @Test
    void hiddenDirectoriesUnderAGivenDirectoryAreLeftOutButTheGivenOneIsWalked() throws IOException {
        Fixtures.copy(DATED, dir.resolve("tree/.git/a.txt"));
        Fixtures.copy(DATED, dir.resolve("tree/.hidden/deeper/b.txt"));
        Fixtures.copy(DATED, dir.resolve("tree/sub/c.txt"));
        Fixtures.copy(DATED, dir.resolve(".work/d.txt"));
        Path tree = dir.resolve("tree");

        Cli.Result named = Cli.runIn(dir, args(only("DATE_INVALID"), "validate", "tree"));
        Cli.Result dot = Cli.runIn(tree, args(only("DATE_INVALID"), "validate", "."));
        Cli.Result dotDot = Cli.runIn(tree.resolve("sub"), args(only("DATE_INVALID"), "validate", ".."));
        Cli.Result hiddenGiven = Cli.runIn(dir, args(only("DATE_INVALID"), "validate", ".work"));

        assertThat(named.outLines()).filteredOn(l -> !l.startsWith(" ")).containsExactly(
                "tree/sub/c.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in the calendar.");
        assertThat(dot.outLines()).filteredOn(l -> !l.startsWith(" ")).containsExactly(
                "./sub/c.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in the calendar.");
        assertThat(dotDot.errLines()).containsExactly("1 error, 0 warnings in 1 file");
        assertThat(hiddenGiven.outLines()).filteredOn(l -> !l.startsWith(" ")).containsExactly(
                ".work/d.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in the calendar.");
    }

    @Test
    void unreadableInputIsReportedAtTheEndAndWinsOverFindings() {
        Cli.Result r = validate("validate", "missing.txt", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.outLines()).containsExactly(RECIPIENTS, DATE, SOURCE, CARETS);
        assertThat(r.errLines()).containsExactly(
                "kehoach: missing.txt: no such file",
                "kehoach: 1 of 2 files could not be read",
                "1 error, 1 warning in 1 file");
    }

    @Test
    void emptyFileIsUnreadable() throws IOException {
        Files.createFile(dir.resolve("empty.txt"));

        Cli.Result r = validate("validate", "empty.txt");

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).hasSize(2).last().isEqualTo("0 errors, 0 warnings in 0 files");
        assertThat(r.errLines().get(0)).startsWith("kehoach: empty.txt: ");
    }

    @Test
    void directoryStandsForTheDocumentsUnderIt() throws IOException {
        Fixtures.copy(DATED, dir.resolve("plans/a.txt"));
        Fixtures.copy(CLEAN, dir.resolve("plans/b.txt"));
        Fixtures.copy(DATED, dir.resolve("plans/sub/c.txt"));
        Fixtures.copy(DATED, dir.resolve("plans/.hidden.txt"));
        Files.writeString(dir.resolve("plans/a.gold.json"), "{}");

        Cli.Result r = Cli.runIn(dir, args(only("DATE_INVALID"), "validate", "plans"));

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).filteredOn(l -> !l.startsWith(" ")).containsExactly(
                "plans/a.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in the calendar.",
                "plans/sub/c.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in the calendar.");
        assertThat(r.errLines()).containsExactly("2 errors, 0 warnings in 3 files");
    }

    @Test
    void directoryWithoutDocumentsIsUnreadable() throws IOException {
        Files.createDirectory(dir.resolve("empty"));

        Cli.Result r = validate("validate", "empty");

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).containsExactly(
                "kehoach: empty: no documents (doc, docx, htm, html, odt, pdf, rtf, txt) in this directory",
                "0 errors, 0 warnings in 0 files");
    }

    @Test
    void standardInputIsReadForDash() {
        Cli.Result r = Cli.runIn(dir, Map.of(), false,
                new ByteArrayInputStream(Fixtures.text(DATED).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                args(only("DATE_INVALID"), "validate", "-"));

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).containsExactly(
                "-:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in the calendar.", SOURCE, CARETS);
    }

    @Test
    void standardInputTwiceIsAUsageError() {
        Cli.Result r = validate("validate", "-", "-");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first().isEqualTo("kehoach: standard input (-) can be read only once");
    }

    @Test
    void unknownCodeOnTheCommandLineIsAUsageErrorWithTheNearestCode() {
        Cli.Result r = Cli.runIn(dir, "validate", DATED, "--disable", "DATE_INVALD");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("kehoach: --disable: unknown rule code 'DATE_INVALD' (did you mean "
                        + "DATE_INVALID?) (the codes are listed by 'kehoach rules')",
                "Try 'kehoach validate --help' for more information.");
    }

    @Test
    void badLevelsAndFormatsAreUsageErrors() {
        assertThat(Cli.runIn(dir, "validate", DATED, "--severity", "DATE_INVALID=fatal").errLines()).first()
                .isEqualTo("kehoach: --severity DATE_INVALID: 'fatal' is not one of error, warning, info");
        assertThat(Cli.runIn(dir, "validate", DATED, "--fail-on", "info").errLines()).first()
                .isEqualTo("kehoach: --fail-on: 'info' is not one of error, warning, never");
        assertThat(Cli.runIn(dir, "validate", DATED, "--format", "xml").errLines()).first()
                .isEqualTo("kehoach: --format: 'xml' is not one of text, json, sarif, junit, github");
        assertThat(Cli.runIn(dir, "validate", DATED, "--severity", "DATE_INVALID").exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void longLinesAreCutAroundTheCaret() throws IOException {
        String filler = "tăng cường công tác tuyên truyền, phổ biến, ".repeat(6);
        String text = Fixtures.text(DATED).replace("2. Sở Nội vụ", "2. Sở Nội vụ " + filler + "và");
        Files.writeString(dir.resolve("long.txt"), text);

        Cli.Result r = Cli.runIn(dir, args(only("DATE_INVALID"), "validate", "long.txt"));

        String source = r.outLines().get(1);
        String carets = r.outLines().get(2);
        assertThat(source).startsWith("   13 | …").endsWith("31/9/2013.");
        assertThat(source.length()).isLessThanOrEqualTo("   13 | …".length() + 120);
        assertThat(carets.indexOf('^')).isEqualTo(source.indexOf("31/9/2013"));
        assertThat(carets).endsWith("^^^^^^^^^");
    }

    @Test
    void helpListsFormatsExitCodesAndExamplesWithin80Columns() {
        Cli.Result r = Cli.run("validate", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).contains("Exit codes:", "Examples:",
                "  0   ok: nothing at or above the --fail-on level",
                "  1   findings: validate found a problem at or above its --fail-on level",
                "  3   an input could not be read, or the report not written; wins over 1");
        assertThat(r.out()).contains("--fail-on=LEVEL", "--severity=CODE=LEVEL", "--format=FORMAT", "--config=FILE",
                "sarif (SARIF", ".kehoach.yml");
        assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
