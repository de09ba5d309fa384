package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code kehoach deadline}, black-box: arguments and standard input in, JSON lines and messages out. */
class DeadlineCommandTest {
    private static final String QUARTER = "{\"text\":\"Quý IV năm 2013\",\"kind\":\"QUARTER\",\"start\":\"2013-10-01\","
            + "\"end\":\"2013-12-31\",\"milestones\":[]}";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneJsonLinePerArgument() {
        Cli.Result r = Cli.run("deadline", "Quý IV năm 2013", "Thường xuyên", "2023 - 2025");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).containsExactly(QUARTER,
                "{\"text\":\"Thường xuyên\",\"kind\":\"ONGOING\",\"milestones\":[]}",
                "{\"text\":\"2023 - 2025\",\"kind\":\"RANGE\",\"start\":\"2023-01-01\",\"end\":\"2025-12-31\","
                        + "\"milestones\":[]}");
    }

    @Test
    void readsOneLinePerLineOfStandardInputAndNullForBlankLines() {
        Cli.Result r = Cli.runWithStdin(utf8("\uFEFFQuý IV năm 2013\r\n\r\nQuy IV nam 2013\n"), "deadline");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).containsExactly(QUARTER, "null",
                QUARTER.replace("Quý IV năm 2013", "Quy IV nam 2013"));
    }

    @Test
    void emptyStandardInputPrintsNothing() {
        Cli.Result r = Cli.runWithStdin(new byte[0], "deadline");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void issuedDateAndPeriodChangeTheReading() {
        Cli.Result without = Cli.run("deadline", "trước ngày 15/12", "Quý IV hàng năm");
        Cli.Result with = Cli.run("deadline", "--issued", "2013-08-14", "--period", "2013-2015",
                "trước ngày 15/12", "Quý IV hàng năm");
        Cli.Result vietnamese = Cli.run("deadline", "--issued", "14/8/2013", "trước ngày 15/12");

        assertThat(without.outLines()).containsExactly(
                "{\"text\":\"trước ngày 15/12\",\"kind\":\"DATE\",\"milestones\":[]}",
                "{\"text\":\"Quý IV hàng năm\",\"kind\":\"RECURRING\",\"recurrence\":{\"frequency\":\"YEARLY\","
                        + "\"within\":\"Q4\"},\"milestones\":[]}");
        assertThat(with.outLines()).containsExactly(
                "{\"text\":\"trước ngày 15/12\",\"kind\":\"DATE\",\"end\":\"2013-12-15\",\"milestones\":[]}",
                "{\"text\":\"Quý IV hàng năm\",\"kind\":\"RECURRING\",\"start\":\"2013-01-01\",\"end\":\"2015-12-31\","
                        + "\"recurrence\":{\"frequency\":\"YEARLY\",\"within\":\"Q4\"},\"milestones\":[]}");
        assertThat(vietnamese.outLines()).containsExactly(with.outLines().get(0));
    }

    @Test
    void reportsProblemsOnStandardErrorAndStillPrintsTheDeadline() {
        Cli.Result r = Cli.runWithStdin(utf8("xong trước ngày 31/9/2013\ngiai đoạn 2026-3030\ntheo yêu cầu\n"),
                "deadline");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).containsExactly(
                "{\"text\":\"xong trước ngày 31/9/2013\",\"kind\":\"UNPARSED\",\"milestones\":[]}",
                "{\"text\":\"giai đoạn 2026-3030\",\"kind\":\"UNPARSED\",\"milestones\":[]}",
                "{\"text\":\"theo yêu cầu\",\"kind\":\"UNPARSED\",\"milestones\":[]}");
        assertThat(r.errLines()).containsExactly(
                "kehoach: line 1: DATE_INVALID: The date 31/9/2013 does not exist in the calendar.",
                "kehoach: line 2: YEAR_IMPLAUSIBLE: The year 3030 is implausible for this document (before 1945, "
                        + "more than 50 years after it, or five digits).",
                "kehoach: line 3: DEADLINE_UNPARSED: The deadline \"theo yêu cầu\" could not be read.");
    }

    @Test
    void printsMilestonesWithTheirLabels() {
        Cli.Result r = Cli.run("deadline", "Quý I/2014 thực hiện thí điểm\nQuý I/2015 thực hiện tất cả các đơn vị");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).containsExactly("{\"text\":\"Quý I/2014 thực hiện thí điểm Quý I/2015 thực hiện tất cả "
                + "các đơn vị\",\"kind\":\"MULTIPLE\",\"start\":\"2014-01-01\",\"end\":\"2015-03-31\",\"milestones\":["
                + "{\"text\":\"Quý I/2014\",\"kind\":\"QUARTER\",\"start\":\"2014-01-01\",\"end\":\"2014-03-31\","
                + "\"milestones\":[],\"label\":\"thực hiện thí điểm\"},"
                + "{\"text\":\"Quý I/2015\",\"kind\":\"QUARTER\",\"start\":\"2015-01-01\",\"end\":\"2015-03-31\","
                + "\"milestones\":[],\"label\":\"thực hiện tất cả các đơn vị\"}]}");
    }

    @Test
    void badIssuedDateIsAUsageError() {
        Cli.Result r = Cli.run("deadline", "--issued", "2013-31-08", "Quý IV năm 2013");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                "kehoach: --issued must be a calendar date like 2013-08-14 or 14/8/2013, not '2013-31-08'",
                "Try 'kehoach deadline --help' for more information.");
    }

    @Test
    void badPeriodIsAUsageError() {
        for (String bad : new String[] {"2015-2013", "2013", "13-15", "2013-2015-2017", "năm 2013"}) {
            Cli.Result r = Cli.run("deadline", "--period", bad, "Quý IV năm 2013");

            assertThat(r.exitCode()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).first().asString().isEqualTo("kehoach: --period must be two years FROM-TO, "
                    + "FROM not after TO, like 2013-2015, not '" + bad + "'");
        }
    }

    @Test
    void periodMayBeWrittenWithSpacesAndADash() {
        Cli.Result r = Cli.run("deadline", "--period", "2013 – 2015", "Thường xuyên");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).containsExactly(
                "{\"text\":\"Thường xuyên\",\"kind\":\"ONGOING\",\"start\":\"2013-01-01\",\"end\":\"2015-12-31\","
                        + "\"milestones\":[]}");
    }

    @Test
    void helpListsOptionsDefaultsExamplesAndExitCodes() {
        Cli.Result r = Cli.run("deadline", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).first().isEqualTo(
                "Usage: kehoach deadline [-hVv] [--issued=DATE] [--period=YYYY-YYYY] [TEXT...]");
        assertThat(r.out()).contains("--issued=DATE", "--period=YYYY-YYYY", "Default: none", "Examples:",
                "kehoach deadline \"Quý IV năm 2013\"", "echo \"Quy IV nam 2013\" | kehoach deadline", "Exit codes:");
    }

    @Test
    void topLevelHelpListsTheCommand() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.outLines()).anyMatch(l -> l.startsWith("  deadline  Reads deadline phrases"));
    }
}
