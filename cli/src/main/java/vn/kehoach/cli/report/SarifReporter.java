package vn.kehoach.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.cli.VersionProvider;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.RuleConfig;
import vn.kehoach.parser.validate.RuleTable;

/**
 * SARIF 2.1.0 (OASIS, errata 01): one run of the driver "kehoach" whose {@code rules} are every rule of the
 * registry, in its order, and whose {@code results} are the findings of every file read.
 *
 * <ul>
 *   <li>A result's {@code level} is its severity after configuration: error, warning, or note for INFO;
 *       {@code ruleIndex} points into {@code tool.driver.rules}.
 *   <li>Locations: {@code artifactLocation.uri} is the file relative to the working directory with forward slashes,
 *       percent-encoded ({@code file:} URI outside it); standard input has no URI, only a description.
 *       {@code region} has {@code startLine} and, when known, {@code startColumn} (UTF-16 code units:
 *       {@code columnKind}). A finding on the whole document is placed at {@code startLine} 1: SARIF would allow
 *       leaving the region out, but GitHub code scanning shows a result only where it has a line.
 *   <li>The invocation lists disabled rules and changed severities as {@code ruleConfigurationOverrides}, and each
 *       input that could not be read as an error notification; {@code executionSuccessful} is false when there
 *       was one.
 * </ul>
 */
final class SarifReporter implements Reporter {
    private static final Map<Severity, String> LEVELS = Map.of(Severity.ERROR, "error", Severity.WARNING, "warning",
            Severity.INFO, "note");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        List<RuleTable.Row> rows = new RuleTable(report.locale()).rows();
        List<String> codes = rows.stream().map(RuleTable.Row::code).toList();
        List<Sarif.Result> results = new ArrayList<>();
        for (CheckedFile file : report.files()) {
            for (Finding f : file.findings()) {
                results.add(result(f.diagnostic(), file.source(), codes));
            }
        }
        ReportText words = new ReportText(report.locale());
        Sarif.ToolComponent driver = new Sarif.ToolComponent("kehoach", VersionProvider.version(),
                VersionProvider.informationUri().orElse(null),
                rows.stream().map(row -> descriptor(row, words)).toList());
        Sarif.Invocation invocation = new Sarif.Invocation(report.unreadable().isEmpty(),
                nullIfEmpty(overrides(report.rules(), codes)),
                nullIfEmpty(report.unreadable().stream().map(SarifReporter::notification).toList()));
        Sarif.Run run = new Sarif.Run(new Sarif.Tool(driver), List.of(invocation),
                report.locale().getLanguage(), "utf16CodeUnits", results);
        out.write(Sarif.write(new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION, List.of(run))));
    }

    /** The rule's descriptions, with the labels of its example and source in the report's language. */
    private static Sarif.ReportingDescriptor descriptor(RuleTable.Row row, ReportText words) {
        String source = words.ruleSource(row.source());
        String help = row.summary() + "\n" + words.ruleExample(row.example()) + "\n" + source;
        return new Sarif.ReportingDescriptor(row.code(), message(firstSentence(row.summary())),
                message(row.summary() + " " + source + "."), message(help),
                new Sarif.ReportingConfiguration(null, level(Severity.valueOf(row.severity()))));
    }

    /** SARIF asks for one sentence in {@code shortDescription}. */
    static String firstSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find() ? text.substring(0, m.start() + 1) : text;
    }

    private static Sarif.MultiformatMessageString message(String text) {
        return new Sarif.MultiformatMessageString(text);
    }

    private static Sarif.Result result(Diagnostic d, Source source, List<String> codes) {
        int index = codes.indexOf(d.code());
        Sarif.Region region = new Sarif.Region(d.line() == null ? 1 : d.line(),
                d.line() == null ? null : d.column());
        return new Sarif.Result(d.code(), index < 0 ? null : index, level(d.severity()), new Sarif.Message(d.message()),
                List.of(new Sarif.Location(new Sarif.PhysicalLocation(artifact(source), region))));
    }

    private static List<Sarif.ConfigurationOverride> overrides(RuleConfig rules, List<String> codes) {
        List<Sarif.ConfigurationOverride> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Sarif.ReportingDescriptorReference ref = new Sarif.ReportingDescriptorReference(code, i);
            if (!rules.enabled(code)) {
                out.add(new Sarif.ConfigurationOverride(new Sarif.ReportingConfiguration(false, null), ref));
            } else if (rules.severities().containsKey(code)) {
                out.add(new Sarif.ConfigurationOverride(
                        new Sarif.ReportingConfiguration(null, level(rules.severities().get(code))), ref));
            }
        }
        return out;
    }

    private static Sarif.Notification notification(UnreadableFile u) {
        return new Sarif.Notification("error", new Sarif.Message(u.source().path() + ": " + u.reason()),
                List.of(new Sarif.Location(new Sarif.PhysicalLocation(artifact(u.source()), null))));
    }

    private static Sarif.ArtifactLocation artifact(Source source) {
        return source.isStdin() ? new Sarif.ArtifactLocation(null, new Sarif.Message("standard input"))
                : new Sarif.ArtifactLocation(source.uri(), null);
    }

    static String level(Severity severity) {
        return LEVELS.get(severity);
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
