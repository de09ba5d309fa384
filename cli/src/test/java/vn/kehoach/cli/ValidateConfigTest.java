package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.cli.Fixtures.DATED;
import static vn.kehoach.cli.Fixtures.args;
import static vn.kehoach.cli.Fixtures.only;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** validate's settings from .kehoach.json / .kehoach.yml / .kehoach.yaml and --config, and what is refused. */
class ValidateConfigTest {
    private static final List<String> TWO_RULES = only("RECIPIENTS_MISSING", "DATE_INVALID");
    private static final String RECIPIENTS = "dated.txt: warning[RECIPIENTS_MISSING] No \"Nơi nhận\" (recipients) "
            + "block was found.";
    private static final String DATE = "dated.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in "
            + "the calendar.";
    private static final String TRY = "Try 'kehoach validate --help' for more information.";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() {
        Fixtures.copy(DATED, dir.resolve(DATED));
    }

    private Cli.Result validate(String... args) {
        return Cli.runIn(dir, args(TWO_RULES, args));
    }

    private void write(String name, String content) throws IOException {
        Files.createDirectories(dir.resolve(name).toAbsolutePath().getParent());
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void yamlFileInTheWorkingDirectoryIsRead() throws IOException {
        write(".kehoach.yml", """
                # CI settings
                disable:
                  - RECIPIENTS_MISSING
                failOn: never
                lang: vi
                """);

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.outLines()).first().isEqualTo("dated.txt:13:43: lỗi[DATE_INVALID] Ngày 31/9/2013 không có trong "
                + "lịch.");
        assertThat(r.errLines()).containsExactly("1 lỗi, 0 cảnh báo trong 1 tệp");
    }

    @Test
    void jsonFileInTheWorkingDirectoryIsRead() throws IOException {
        write(".kehoach.json", """
                {"severity": {"DATE_INVALID": "warning"}, "failOn": "warning", "format": "github"}
                """);

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).containsExactly(
                "::warning file=dated.txt,title=RECIPIENTS_MISSING::No \"Nơi nhận\" (recipients) block was found.",
                "::warning file=dated.txt,line=13,col=43,title=DATE_INVALID::The date 31/9/2013 does not exist in "
                        + "the calendar.");
    }

    @Test
    void yamlExtensionIsFoundToo() throws IOException {
        write(".kehoach.yaml", "disable: RECIPIENTS_MISSING, DATE_INVALID\n");

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void configOptionReplacesTheFileOfTheWorkingDirectory() throws IOException {
        write(".kehoach.yml", "this is: [not valid\n");
        write("ci/kehoach.yml", "disable: [DATE_INVALID]\n");

        Cli.Result r = validate("validate", DATED, "--config", "ci/kehoach.yml");

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.outLines()).containsExactly(RECIPIENTS);
    }

    @Test
    void optionsWinOverTheFile() throws IOException {
        write(".kehoach.yml", """
                severity: {DATE_INVALID: info, RECIPIENTS_MISSING: info}
                failOn: never
                format: json
                lang: vi
                """);

        Cli.Result r = validate("validate", DATED, "--severity", "DATE_INVALID=error", "--fail-on", "error",
                "--format", "text", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).contains(DATE, "dated.txt: info[RECIPIENTS_MISSING] No \"Nơi nhận\" (recipients) "
                + "block was found.");
    }

    @Test
    void disabledRulesOfTheFileAndTheOptionsAddUp() throws IOException {
        write(".kehoach.json", "{\"disable\": [\"RECIPIENTS_MISSING\"]}");

        Cli.Result r = validate("validate", DATED, "--disable", "DATE_INVALID");

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEmpty();
    }

    static Stream<Arguments> unusableFiles() {
        return Stream.of(
                Arguments.of(".kehoach.yml", "disable: [DATE_INVALD]\n",
                        "kehoach: .kehoach.yml: disable: unknown rule code 'DATE_INVALD' (did you mean DATE_INVALID?) "
                                + "(the codes are listed by 'kehoach rules')"),
                Arguments.of(".kehoach.json", "{\"severity\": {\"DATE_INVALID\": \"fatal\"}}",
                        "kehoach: .kehoach.json: severity.DATE_INVALID: 'fatal' is not one of error, warning, info"),
                Arguments.of(".kehoach.json", "{\"severity\": {\"date_invalid\": \"info\"}}",
                        "kehoach: .kehoach.json: severity: unknown rule code 'date_invalid' (did you mean "
                                + "DATE_INVALID?) (the codes are listed by 'kehoach rules')"),
                Arguments.of(".kehoach.yml", "failon: warning\n",
                        "kehoach: .kehoach.yml: unknown key 'failon' (did you mean failOn?); the keys are disable, "
                                + "severity, failOn, lang, format"),
                Arguments.of(".kehoach.yml", "rules: [DATE_INVALID]\n",
                        "kehoach: .kehoach.yml: unknown key 'rules'; the keys are disable, severity, failOn, lang, "
                                + "format"),
                Arguments.of(".kehoach.yml", "failOn: no\n",
                        "kehoach: .kehoach.yml: failOn: must be a word, not false"),
                Arguments.of(".kehoach.yml", "failOn: info\n",
                        "kehoach: .kehoach.yml: failOn: 'info' is not one of error, warning, never"),
                Arguments.of(".kehoach.yml", "lang: fr\n", "kehoach: .kehoach.yml: lang: 'fr' is not one of vi, en"),
                Arguments.of(".kehoach.yml", "format: xml\n",
                        "kehoach: .kehoach.yml: format: 'xml' is not one of text, json, sarif, junit, github"),
                Arguments.of(".kehoach.yml", "severity: DATE_INVALID=info\n",
                        "kehoach: .kehoach.yml: severity: must be a mapping of rule codes to levels (CODE: error, "
                                + "warning or info), not 'DATE_INVALID=info'"),
                Arguments.of(".kehoach.yml", "disable: 5\n",
                        "kehoach: .kehoach.yml: disable: must be a list of rule codes, not 5"),
                Arguments.of(".kehoach.yml", "disable: [[DATE_INVALID]]\n",
                        "kehoach: .kehoach.yml: disable: must be a list of rule codes, but holds a list"),
                Arguments.of(".kehoach.yml", "- DATE_INVALID\n",
                        "kehoach: .kehoach.yml: must hold a mapping of settings (disable, severity, failOn, lang, "
                                + "format), not a list"),
                Arguments.of(".kehoach.json", "null",
                        "kehoach: .kehoach.json: must hold a mapping of settings (disable, severity, failOn, lang, "
                                + "format), not nothing (null)"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unusableFiles")
    void unusableConfigurationIsAUsageErrorSayingWhereAndWhat(String name, String content, String message)
            throws IOException {
        write(name, content);

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(message, TRY);
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of(".kehoach.json", "{\"failOn\": \"warning\",}",
                        "kehoach: .kehoach.json: not valid JSON (line 1, column 22): Unexpected character ('}'"),
                Arguments.of(".kehoach.json", "{\"failOn\": \"error\", \"failOn\": \"never\"}",
                        "kehoach: .kehoach.json: not valid JSON (line 1, column 29): Duplicate field 'failOn'"),
                Arguments.of(".kehoach.json", "{\"failOn\": \"error\"} {}",
                        "kehoach: .kehoach.json: not valid JSON (line 1, column 21): a second value follows the first"),
                Arguments.of(".kehoach.yml", "disable: [DATE_INVALID\nfailOn: never\n",
                        "kehoach: .kehoach.yml: not valid YAML (line "),
                Arguments.of(".kehoach.yml", "failOn: error\nfailOn: never\n",
                        "kehoach: .kehoach.yml: not valid YAML (line 2, column 7): Duplicate field 'failOn'"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedFiles")
    void malformedFileIsAUsageErrorWithItsPosition(String name, String content, String start) throws IOException {
        write(name, content);

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(2).last().isEqualTo(TRY);
        assertThat(r.errLines().get(0)).startsWith(start);
    }

    @Test
    void twoConfigurationFilesAreAUsageError() throws IOException {
        write(".kehoach.json", "{}");
        write(".kehoach.yml", "failOn: never\n");

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).containsExactly("kehoach: .kehoach.json and .kehoach.yml are both in "
                + dir.toAbsolutePath().normalize() + "; keep one", TRY);
    }

    @Test
    void configOptionNamingAMissingOrForeignFileIsAUsageError() throws IOException {
        write("ci/kehoach.toml", "failOn = \"never\"\n");

        Cli.Result missing = validate("validate", DATED, "--config", "ci/missing.yml");
        Cli.Result toml = validate("validate", DATED, "--config", "ci/kehoach.toml");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.errLines()).containsExactly("kehoach: ci/missing.yml: no such file", TRY);
        assertThat(toml.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(toml.errLines()).containsExactly(
                "kehoach: ci/kehoach.toml: a configuration file must be JSON (.json) or YAML (.yml, .yaml)", TRY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        ".kehoach.json|''",
        ".kehoach.json|'  \\n\\t\\n'",
        ".kehoach.yml|''",
        ".kehoach.yml|'# nothing yet\\n\\n  # failOn: never\\n'",
        ".kehoach.yaml|'---\\n# later\\n'"})
    void fileOfOnlyWhiteSpaceOrCommentsIsNoSettings(String name, String content) throws IOException {
        write(name, content.translateEscapes());

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).contains(RECIPIENTS, DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {".kehoach.json|{\"failOn\": \"never\"}", ".kehoach.yml|failOn: never\n"})
    void byteOrderMarkIsAccepted(String spec) throws IOException {
        String[] parts = spec.split("\\|", 2);
        write(parts[0], "\uFEFF" + parts[1]);

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.outLines()).contains(RECIPIENTS, DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {".kehoach.json", ".kehoach.yml"})
    void fileThatIsNotUtf8IsAUsageErrorSayingSo(String name) throws IOException {
        // Latin-1 bytes: ê is 0xEA, which UTF-8 reads as the start of a three-byte sequence
        Files.write(dir.resolve(name), "# ti\u00eang Vi\u00eat\n".getBytes(StandardCharsets.ISO_8859_1));

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).containsExactly("kehoach: " + name + ": is not UTF-8 text", TRY);
    }

    @Test
    void emptyMappingIsNoSettings() throws IOException {
        write(".kehoach.json", "{}");

        Cli.Result r = validate("validate", DATED);

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).contains(RECIPIENTS, DATE);
    }
}
