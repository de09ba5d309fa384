package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            TỈNH NAM ĐỊNH
            Số: 55/KH-UBND
            Nam Định, ngày 14 tháng 8 năm 2013

            KẾ HOẠCH
            Đẩy mạnh cải cách chế độ công vụ, công chức tỉnh Nam Định, giai đoạn 2013 - 2015

            I. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao chất lượng đội ngũ cán bộ, công chức.
            """;

    @TempDir
    Path dir;
    private Path a;
    private Path b;

    @BeforeEach
    void writeInputs() throws IOException {
        a = Files.writeString(dir.resolve("a.txt"), PLAN);
        b = Files.writeString(dir.resolve("b.txt"), PLAN.replace("55/KH", "56/KH"));
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void convertsOneFileToOneLineOfJsonOnStdout() throws IOException {
        Cli.Result r = Cli.run("convert", a.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).endsWith("\n").hasLineCount(1);
        JsonNode doc = json(r.out());
        assertThat(doc.path("schemaVersion").asText()).isEqualTo("1");
        assertThat(doc.path("source").path("path").asText()).isEqualTo(a.toString());
        assertThat(doc.path("source").path("sha256").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void toneMarksOptionChoosesTheStyleOfTheOutput(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path plan = dir.resolve("thuy-loi.txt");
        Files.writeString(plan, "KẾ HOẠCH\nPhát triển thủy lợi tỉnh Thanh Hóa\n");

        Cli.Result modern = Cli.run("convert", plan.toString());
        Cli.Result old = Cli.run("convert", "--tone-marks", "OLD", plan.toString());
        Cli.Result wrong = Cli.run("convert", "--tone-marks", "NEW", plan.toString());

        assertThat(json(modern.out()).path("document").path("title").asText()).isEqualTo("Phát triển thủy lợi tỉnh Thanh Hóa");
        assertThat(json(old.out()).path("document").path("title").asText()).isEqualTo("Phát triển thuỷ lợi tỉnh Thanh Hoá");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void prettyIndentsTheDocument() throws IOException {
        Cli.Result r = Cli.run("convert", "--pretty", a.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).hasSizeGreaterThan(3);
        assertThat(r.outLines().get(1)).startsWith("  \"schemaVersion\"");
        assertThat(r.out()).endsWith("}\n");
        assertThat(json(r.out()).path("source").path("path").asText()).isEqualTo(a.toString());
    }

    @Test
    void severalFilesGiveJsonLinesInArgumentOrder() throws IOException {
        Cli.Result r = Cli.run("convert", b.toString(), a.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).hasSize(2);
        assertThat(json(r.outLines().get(0)).path("source").path("path").asText()).isEqualTo(b.toString());
        assertThat(json(r.outLines().get(1)).path("source").path("path").asText()).isEqualTo(a.toString());
    }

    @Test
    void outDirWritesOneFilePerInputAndNothingOnStdout() throws IOException {
        Path out = dir.resolve("json/nested");

        Cli.Result r = Cli.run("convert", "--out-dir", out.toString(), a.toString(), b.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        assertThat(names(out)).containsExactly("a.json", "b.json");
        String written = Files.readString(out.resolve("a.json"));
        assertThat(written).endsWith("\n").hasLineCount(1);
        assertThat(json(written).path("source").path("path").asText()).isEqualTo(a.toString());
    }

    @Test
    void outDirWithPrettyIndentsEachFile() throws IOException {
        Cli.Result r = Cli.run("convert", "--pretty", "--out-dir", dir.resolve("out").toString(), a.toString(),
                b.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/b.json"))).hasSizeGreaterThan(3);
    }

    @Test
    void outputOntoTheInputIsAUsageErrorAndLeavesItAlone() throws IOException {
        Cli.Result same = Cli.runIn(dir, "convert", "a.txt", "-o", "a.txt");
        Cli.Result otherSpelling = Cli.runIn(dir, "convert", "a.txt", "-o", "./sub/../a.txt");

        assertThat(same.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(same.out()).isEmpty();
        assertThat(same.errLines()).containsExactly(
                "kehoach: a.txt is also an input; its JSON would replace it (write the JSON elsewhere)",
                "Try 'kehoach convert --help' for more information.");
        assertThat(otherSpelling.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(a)).isEqualTo(PLAN);
    }

    @Test
    void outDirTargetOntoAnInputIsAUsageErrorBeforeAnyWork() throws IOException {
        Path json = Files.writeString(dir.resolve("c.json"), PLAN);

        Cli.Result r = Cli.runIn(dir, "convert", "a.txt", "c.json", "--out-dir", ".");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first().isEqualTo(
                "kehoach: ./c.json is also an input; its JSON would replace it (write the JSON elsewhere)");
        assertThat(Files.readString(json)).isEqualTo(PLAN);
        assertThat(dir.resolve("a.json")).doesNotExist();
    }

    @Test
    void outDirRefusesTwoInputsWithTheSameBaseNameBeforeAnyWork() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Path a2 = Files.writeString(other.resolve("a.docx"), PLAN);
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("convert", "--out-dir", out.toString(), b.toString(), a.toString(), a2.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).containsExactly(
                "kehoach: " + a + " and " + a2 + " would both be written to " + out.resolve("a.json")
                        + "; rename one or convert them in separate runs",
                "Try 'kehoach convert --help' for more information.");
        assertThat(out).doesNotExist();
    }

    @Test
    void outputWritesTheFileAndNothingOnStdout() throws IOException {
        Path target = dir.resolve("plan.json");

        Cli.Result r = Cli.run("convert", a.toString(), "-o", target.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        assertThat(json(Files.readString(target)).path("schemaVersion").asText()).isEqualTo("1");
    }

    @Test
    void outputDashMeansStdout() throws IOException {
        Cli.Result r = Cli.run("convert", a.toString(), "-o", "-");

        assertThat(r.exitCode()).isZero();
        assertThat(json(r.out()).path("schemaVersion").asText()).isEqualTo("1");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void outputWithTwoInputsIsAUsageError() {
        Cli.Result r = Cli.run("convert", a.toString(), b.toString(), "-o", dir.resolve("x.json").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                "kehoach: -o/--output takes one input, but 2 were given; use --out-dir DIR for several",
                "Try 'kehoach convert --help' for more information.");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void outputAndOutDirTogetherIsAUsageError() {
        Cli.Result r = Cli.run("convert", a.toString(), "-o", "x.json", "--out-dir", "json");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first().isEqualTo("kehoach: use either -o/--output or --out-dir, not both");
    }

    @Test
    void outputOntoADirectoryIsAUsageError() {
        Cli.Result r = Cli.run("convert", a.toString(), "-o", dir.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first()
                .isEqualTo("kehoach: " + dir + " is a directory; use --out-dir " + dir + " to write into it");
    }

    @Test
    void prettyWithSeveralInputsOnStdoutIsAUsageError() {
        Cli.Result r = Cli.run("convert", "--pretty", a.toString(), b.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).first().asString().startsWith("kehoach: --pretty needs one input or --out-dir");
    }

    @Test
    void missingFileIsOneLineOnStderrAndExitThree() {
        String missing = dir.resolve("missing.txt").toString();

        Cli.Result r = Cli.run("convert", missing);

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("kehoach: " + missing + ": no such file");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at ");
    }

    @Test
    void emptyFileIsUnreadable() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        Cli.Result r = Cli.run("convert", empty.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().startsWith("kehoach: " + empty + ": ")
                .doesNotContain("Exception");
    }

    @Test
    void verboseBeforeTheCommandStillKeepsReadErrorsToOneLineWithoutACause() {
        String missing = dir.resolve("missing.txt").toString();

        Cli.Result r = Cli.run("-v", "convert", missing);

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).containsExactly("kehoach: " + missing + ": no such file");
    }

    @Test
    void directoryIsUnreadable() {
        Cli.Result r = Cli.run("convert", dir.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).containsExactly("kehoach: " + dir + ": is a directory");
    }

    @Test
    void badFileAmongGoodOnesIsSkippedAndSummarized() throws IOException {
        Path out = dir.resolve("out");
        String missing = dir.resolve("missing.txt").toString();

        Cli.Result r = Cli.run("convert", "--out-dir", out.toString(), a.toString(), missing, b.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).isEmpty();
        assertThat(names(out)).containsExactly("a.json", "b.json");
        assertThat(r.errLines()).containsExactly(
                "kehoach: " + missing + ": no such file",
                "kehoach: 1 of 3 files could not be read");
    }

    @Test
    void badFileAmongGoodOnesOnStdoutLeavesTheOtherLines() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        Cli.Result r = Cli.run("convert", a.toString(), empty.toString(), b.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.outLines()).hasSize(2);
        assertThat(json(r.outLines().get(1)).path("source").path("path").asText()).isEqualTo(b.toString());
        assertThat(r.errLines()).hasSize(2).last().isEqualTo("kehoach: 1 of 3 files could not be read");
    }

    @Test
    void outputFileIsNotCreatedWhenTheInputFails() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path target = out.resolve("plan.json");

        Cli.Result r = Cli.run("convert", dir.resolve("missing.txt").toString(), "-o", target.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(names(out)).isEmpty();
    }

    @Test
    void existingOutputFileIsKeptWhenTheInputFails() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.json"), "old\n");

        Cli.Result r = Cli.run("convert", dir.resolve("missing.txt").toString(), "-o", target.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(target).hasContent("old");
    }

    @Test
    void outputIntoAMissingDirectoryIsUnwritable() {
        Path target = dir.resolve("no/such/dir/plan.json");

        Cli.Result r = Cli.run("convert", a.toString(), "-o", target.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).containsExactly("kehoach: " + target + ": cannot be written (no such directory)");
    }

    @Test
    void outDirBlockedByAFileIsReported() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");

        Cli.Result r = Cli.run("convert", "--out-dir", blocker.toString(), a.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("kehoach: " + blocker + ": cannot create the directory (");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        Cli.Result r = Cli.run("convert", "--prety", a.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).first().isEqualTo("kehoach: Unknown option: '--prety'");
        assertThat(r.errLines()).contains("Possible solutions: --pretty");
        assertThat(r.errLines()).last().isEqualTo("Try 'kehoach convert --help' for more information.");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        Cli.Result r = Cli.run("convert");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first().asString().startsWith("kehoach: Missing required parameter");
    }

    @Test
    void stdinIsReadForDash() throws IOException {
        Cli.Result r = Cli.runWithStdin(PLAN.getBytes(StandardCharsets.UTF_8), "convert", "-");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(json(r.out()).path("source").path("path").asText()).isEqualTo("-");
    }

    @Test
    void stdinGoesToStdinJsonInOutDir() throws IOException {
        Path out = dir.resolve("out");

        Cli.Result r = Cli.runWithStdin(PLAN.getBytes(StandardCharsets.UTF_8),
                "convert", "--out-dir", out.toString(), "-", a.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(names(out)).containsExactly("a.json", "stdin.json");
    }

    @Test
    void emptyStdinIsUnreadable() {
        Cli.Result r = Cli.runWithStdin(new byte[0], "convert", "-");

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).singleElement().asString().startsWith("kehoach: -: ");
    }

    @Test
    void stdinTwiceIsAUsageError() {
        Cli.Result r = Cli.runWithStdin(new byte[0], "convert", "-", "-");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first().isEqualTo("kehoach: standard input (-) can be read only once");
    }

    @Test
    void inputOverTheSizeLimitIsUnreadable() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), PLAN.repeat((1 << 20) / PLAN.length() + 1));

        Cli.Result r = Cli.run("convert", "--max-size", "1", big.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.errLines()).singleElement().asString().startsWith("kehoach: " + big + ": ");
    }

    @Test
    void sizeLimitMustBePositive() {
        Cli.Result r = Cli.run("convert", "--max-size", "0", a.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).first().isEqualTo("kehoach: --max-size must be between 1 and 2047 MiB, not 0");
    }

    @Test
    void encodingIsUsedForPlainText() throws IOException {
        Path legacy = dir.resolve("legacy.txt");
        Files.write(legacy, "KẾ HOẠCH\n".getBytes(Charset.forName("UTF-16LE")));

        Cli.Result r = Cli.run("convert", "--encoding", "UTF-16LE", legacy.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(json(r.out()).path("schemaVersion").asText()).isEqualTo("1");
    }

    @Test
    void unknownEncodingIsAUsageError() {
        Cli.Result r = Cli.run("convert", "--encoding", "no-such-charset", a.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void progressIsShownOnATerminalOnly() throws IOException {
        String[] args = {"convert", "--out-dir", dir.resolve("out").toString(), a.toString(), b.toString()};

        Cli.Result terminal = Cli.run(java.io.InputStream.nullInputStream(), true, args);
        Cli.Result pipe = Cli.run(java.io.InputStream.nullInputStream(), false, args);

        assertThat(terminal.exitCode()).isZero();
        assertThat(terminal.err()).contains("[1/2] " + a, "[2/2] " + b).endsWith("\r\u001B[K");
        assertThat(terminal.out()).isEmpty();
        assertThat(pipe.err()).isEmpty();
    }

    @Test
    void helpTeachesWithExamplesAndExitCodes() {
        Cli.Result r = Cli.run("convert", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).contains("Examples:", "Exit codes:", "  3   an input could not be read (missing, "
                + "empty, too large, damaged,");
        assertThat(r.out()).contains("Default: 64.", "--out-dir=DIR", "Example: --encoding windows-1258");
        assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
