package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.cli.Fixtures.CLEAN;
import static vn.kehoach.cli.Fixtures.DATED;
import static vn.kehoach.cli.Fixtures.args;
import static vn.kehoach.cli.Fixtures.only;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.kehoach.parser.validate.Rule;
import vn.kehoach.parser.validate.Rules;

/** The formats of {@code kehoach validate}: JSON, GitHub commands, SARIF (against the official schema), JUnit XML. */
class ValidateReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TWO_RULES = only("RECIPIENTS_MISSING", "DATE_INVALID");
    private static final List<String> CODES = Rules.ALL.stream().map(Rule::code).toList();
    private static final String RECIPIENTS_MESSAGE = "No \"Nơi nhận\" (recipients) block was found.";
    private static final String DATE_MESSAGE = "The date 31/9/2013 does not exist in the calendar.";

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
    void jsonReportHasFilesDiagnosticsCountsAndUnreadableInputs() throws Exception {
        Cli.Result r = validate("validate", DATED, CLEAN, "missing.txt", "--format", "json");

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        JsonNode expected = JSON.readTree("""
                {"tool": "kehoach", "version": "%s", "failOn": "error", "failed": true,
                 "counts": {"files": 2, "unreadable": 1, "error": 1, "warning": 1, "info": 0},
                 "files": [
                   {"path": "dated.txt", "counts": {"error": 1, "warning": 1, "info": 0},
                    "diagnostics": [
                      {"code": "RECIPIENTS_MISSING", "severity": "WARNING",
                       "message": "No \\"Nơi nhận\\" (recipients) block was found."},
                      {"code": "DATE_INVALID", "severity": "ERROR",
                       "message": "The date 31/9/2013 does not exist in the calendar.",
                       "line": 13, "column": 43, "excerpt": "31/9/2013"}]},
                   {"path": "clean.txt", "counts": {"error": 0, "warning": 0, "info": 0}, "diagnostics": []}],
                 "unreadable": [{"path": "missing.txt", "reason": "no such file"}]}
                """.formatted(VersionProvider.version()));
        assertThat(JSON.readTree(r.out())).isEqualTo(expected);
        assertThat(r.out()).endsWith("}\n");
    }

    @Test
    void githubReportIsOneWorkflowCommandPerFinding() {
        Cli.Result r = validate("validate", DATED, "--format", "github");

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.outLines()).containsExactly(
                "::warning file=dated.txt,title=RECIPIENTS_MISSING::" + RECIPIENTS_MESSAGE,
                "::error file=dated.txt,line=13,col=43,title=DATE_INVALID::" + DATE_MESSAGE);
        assertThat(r.errLines()).containsExactly("1 error, 1 warning in 1 file");
    }

    @Test
    void githubReportEscapesPropertiesAndMapsInfoToNotice() {
        Fixtures.copy(DATED, dir.resolve("plans/50%, bản: 2.txt"));

        Cli.Result r = Cli.runIn(dir, args(only("DATE_INVALID"), "validate", "plans/50%, bản: 2.txt",
                "--format", "github", "--severity", "DATE_INVALID=info"));

        assertThat(r.outLines()).containsExactly(
                "::notice file=plans/50%25%2C bản%3A 2.txt,line=13,col=43,title=DATE_INVALID::" + DATE_MESSAGE);
    }

    @Test
    void sarifReportConformsToTheOfficialSchemaAndPlacesEachResult() throws Exception {
        Fixtures.copy(DATED, dir.resolve("plans/kế hoạch.txt"));

        Cli.Result r = Cli.runIn(dir, args(TWO_RULES, "validate", DATED, "plans/kế hoạch.txt", CLEAN,
                "--format", "sarif", "--severity", "RECIPIENTS_MISSING=info"));

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(SarifSchema.violations(r.out())).isEmpty();
        JsonNode log = JSON.readTree(r.out());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText())
                .isEqualTo("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode run = log.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("kehoach");
        assertThat(driver.path("version").asText()).isEqualTo(VersionProvider.version());
        assertThat(ids(driver.path("rules"))).isEqualTo(CODES);
        JsonNode date = driver.path("rules").get(CODES.indexOf("DATE_INVALID"));
        assertThat(date.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(date.path("shortDescription").path("text").asText()).isNotBlank();
        assertThat(date.path("fullDescription").path("text").asText()).contains("Source: ");
        assertThat(date.path("help").path("text").asText()).contains("Example: ");

        JsonNode results = run.path("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isEqualTo(JSON.readTree("""
                {"ruleId": "RECIPIENTS_MISSING", "ruleIndex": %d, "level": "note",
                 "message": {"text": "No \\"Nơi nhận\\" (recipients) block was found."},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": "dated.txt"},
                                                      "region": {"startLine": 1}}}]}
                """.formatted(CODES.indexOf("RECIPIENTS_MISSING"))));
        assertThat(results.get(1)).isEqualTo(JSON.readTree("""
                {"ruleId": "DATE_INVALID", "ruleIndex": %d, "level": "error",
                 "message": {"text": "The date 31/9/2013 does not exist in the calendar."},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": "dated.txt"},
                                                      "region": {"startLine": 13, "startColumn": 43}}}]}
                """.formatted(CODES.indexOf("DATE_INVALID"))));
        assertThat(results.get(3).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).isEqualTo("plans/k%E1%BA%BF%20ho%E1%BA%A1ch.txt");

        JsonNode invocation = run.path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.has("toolExecutionNotifications")).isFalse();
        List<String> overridden = new ArrayList<>();
        for (JsonNode o : invocation.path("ruleConfigurationOverrides")) {
            String id = o.path("descriptor").path("id").asText();
            assertThat(o.path("descriptor").path("index").asInt()).isEqualTo(CODES.indexOf(id));
            overridden.add(id + (o.path("configuration").has("enabled")
                    ? " enabled=" + o.path("configuration").path("enabled").asBoolean()
                    : " level=" + o.path("configuration").path("level").asText()));
        }
        List<String> expected = new ArrayList<>();
        for (String code : CODES) {
            if (code.equals("RECIPIENTS_MISSING")) {
                expected.add(code + " level=note");
            } else if (!code.equals("DATE_INVALID")) {
                expected.add(code + " enabled=false");
            }
        }
        assertThat(overridden).isEqualTo(expected);
    }

    @Test
    void sarifReportNamesUnreadableInputsAndStandardInput() throws Exception {
        Cli.Result r = Cli.runIn(dir, Map.of(), false,
                new ByteArrayInputStream(Fixtures.text(DATED).getBytes(StandardCharsets.UTF_8)),
                args(only("DATE_INVALID"), "validate", "-", "missing.txt", "--format", "sarif", "--lang", "vi"));

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(SarifSchema.violations(r.out())).isEmpty();
        JsonNode run = JSON.readTree(r.out()).path("runs").get(0);
        assertThat(run.path("language").asText()).isEqualTo("vi");
        JsonNode rule = run.path("tool").path("driver").path("rules").get(CODES.indexOf("DATE_INVALID"));
        assertThat(rule.path("fullDescription").path("text").asText()).contains("Nguồn: ").doesNotContain("Source");
        assertThat(rule.path("help").path("text").asText()).contains("\nVí dụ: ", "\nNguồn: ")
                .doesNotContain("Example", "Source");
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("message").path("text").asText()).isEqualTo("Ngày 31/9/2013 không có trong lịch.");
        assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation"))
                .isEqualTo(JSON.readTree("{\"description\": {\"text\": \"standard input\"}}"));
        JsonNode invocation = run.path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.path("toolExecutionNotifications")).isEqualTo(JSON.readTree("""
                [{"level": "error", "message": {"text": "missing.txt: no such file"},
                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": "missing.txt"}}}]}]
                """));
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() throws Exception {
        Cli.Result r = validate("validate", DATED, "--format", "sarif");
        ObjectNode log = (ObjectNode) JSON.readTree(r.out());

        ObjectNode noVersion = log.deepCopy();
        noVersion.remove("version");
        ObjectNode badLevel = log.deepCopy();
        ((ObjectNode) badLevel.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        ObjectNode badLine = log.deepCopy();
        ((ObjectNode) badLine.path("runs").get(0).path("results").get(0).path("locations").get(0)
                .path("physicalLocation").path("region")).put("startLine", 0);

        assertThat(SarifSchema.violations(r.out())).isEmpty();
        assertThat(SarifSchema.violations(noVersion.toString())).isNotEmpty();
        assertThat(SarifSchema.violations(badLevel.toString())).isNotEmpty();
        assertThat(SarifSchema.violations(badLine.toString())).isNotEmpty();
    }

    @Test
    void junitReportHasASuitePerDocumentAndACasePerRule() throws Exception {
        Cli.Result r = validate("validate", DATED, CLEAN, "missing.txt", "--format", "junit");

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Document xml = parse(r.out());
        Element root = xml.getDocumentElement();
        int rules = CODES.size();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(attributes(root, "tests", "failures", "errors", "skipped"))
                .containsExactly(Integer.toString(2 * rules + 1), "1", "1", Integer.toString(2 * (rules - 2)));

        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly(DATED, CLEAN, "missing.txt");
        Element dated = suites.get(0);
        assertThat(attributes(dated, "tests", "failures", "errors", "skipped"))
                .containsExactly(Integer.toString(rules), "1", "0", Integer.toString(rules - 2));
        List<Element> cases = children(dated, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).isEqualTo(CODES);
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsOnly(DATED);

        Element date = cases.get(CODES.indexOf("DATE_INVALID"));
        Element failure = children(date, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("DATE_INVALID");
        assertThat(failure.getAttribute("message")).isEqualTo(DATE_MESSAGE);
        assertThat(failure.getTextContent().strip()).isEqualTo("13:43: error: " + DATE_MESSAGE);

        Element recipients = cases.get(CODES.indexOf("RECIPIENTS_MISSING"));
        assertThat(children(recipients, "failure")).isEmpty();
        assertThat(children(recipients, "system-out").get(0).getTextContent().strip())
                .isEqualTo("-: warning: " + RECIPIENTS_MESSAGE);
        for (Element c : cases) {
            if (!List.of("DATE_INVALID", "RECIPIENTS_MISSING").contains(c.getAttribute("name"))) {
                assertThat(children(c, "skipped").get(0).getAttribute("message")).isEqualTo("disabled");
            }
        }

        assertThat(attributes(suites.get(1), "tests", "failures", "errors"))
                .containsExactly(Integer.toString(rules), "0", "0");
        Element read = children(suites.get(2), "testcase").get(0);
        assertThat(read.getAttribute("name")).isEqualTo("read");
        Element error = children(read, "error").get(0);
        assertThat(error.getAttribute("type")).isEqualTo("UNREADABLE");
        assertThat(error.getAttribute("message")).isEqualTo("no such file");
    }

    @Test
    void junitFailsWarningsWhenFailOnIsWarning() throws Exception {
        Cli.Result r = validate("validate", DATED, "--format", "junit", "--fail-on", "warning");

        Element suite = children(parse(r.out()).getDocumentElement(), "testsuite").get(0);
        Element recipients = children(suite, "testcase").get(CODES.indexOf("RECIPIENTS_MISSING"));
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(children(recipients, "failure").get(0).getAttribute("message")).isEqualTo(RECIPIENTS_MESSAGE);
        assertThat(children(recipients, "failure").get(0).getTextContent().strip())
                .isEqualTo("-: warning: " + RECIPIENTS_MESSAGE);
    }

    private static List<String> ids(JsonNode rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.path("id").asText()));
        return ids;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(xml)));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> attributes(Element e, String... names) {
        return java.util.Arrays.stream(names).map(e::getAttribute).toList();
    }
}
