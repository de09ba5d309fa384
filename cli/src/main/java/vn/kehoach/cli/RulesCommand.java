package vn.kehoach.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.kehoach.cli.config.ConfigException;
import vn.kehoach.cli.config.Language;
import vn.kehoach.cli.config.Settings;
import vn.kehoach.cli.options.LanguageOption;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.validate.RuleTable;

/**
 * {@code kehoach rules}: the validator's rules, as the Markdown table of docs/rules.md (which is this command's
 * English output) or as a JSON array.
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Lists the rules of kehoach validate.",
                "For each rule: its code, default severity, what it checks, an example that triggers it, and its "
                        + "source.",
                ""},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.USAGE_LINE},
        footerHeading = "%nExamples:%n",
        footer = {"  kehoach rules                     the Markdown table of docs/rules.md",
                "  kehoach rules --lang vi           in Vietnamese",
                "  kehoach rules --format json       [{\"code\":\"HEADER_MISSING\",\"severity\":\"ERROR\",...}]"})
public final class RulesCommand implements Callable<Integer> {
    /** The formats of the rule list. */
    enum ListFormat { MARKDOWN, JSON }

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"markdown (a table) or json (an array of {code, severity, summary, example, source}). "
                    + "Default: markdown.",
                    "Example: --format json"})
    private String format;

    @Override
    public Integer call() {
        ListFormat listFormat;
        try {
            listFormat = format == null ? ListFormat.MARKDOWN : Settings.choice(ListFormat.class, format, "--format");
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        RuleTable table = new RuleTable(language.language().orElseGet(Language::fromDefault).locale());
        PrintWriter out = spec.commandLine().getOut();
        if (listFormat == ListFormat.MARKDOWN) {
            out.print(table.markdown());
        } else {
            List<RuleTable.Row> rows = table.rows();
            out.print(PlanJson.writePretty(rows));
        }
        out.flush();
        return ExitCode.OK;
    }
}
