package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.kehoach.parser.Repo;
import vn.kehoach.parser.validate.Rule;
import vn.kehoach.parser.validate.Rules;

class RulesCommandTest {

    @Test
    void englishMarkdownIsDocsRulesMd() throws Exception {
        Cli.Result r = Cli.run("rules", "--lang", "en");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(Files.readString(Repo.root().resolve("docs/rules.md")));
    }

    @Test
    void vietnameseTableHasARowPerRule() {
        Cli.Result r = Cli.run("rules", "--lang", "vi");

        assertThat(r.outLines()).first().isEqualTo("# Quy tắc kiểm tra");
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("| `")).hasSize(Rules.ALL.size());
    }

    @Test
    void languageDefaultsFromTheLocale() {
        Locale before = Locale.getDefault();
        Cli.Result r;
        try {
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            r = Cli.run("rules");
        } finally {
            Locale.setDefault(before);
        }

        assertThat(r.outLines()).first().isEqualTo("# Quy tắc kiểm tra");
    }

    @Test
    void jsonIsAnArrayOfRulesInRegistryOrder() throws Exception {
        Cli.Result r = Cli.run("rules", "--format", "json", "--lang", "en");

        JsonNode rules = new ObjectMapper().readTree(r.out());
        assertThat(rules.isArray()).isTrue();
        assertThat(rules).hasSize(Rules.ALL.size());
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = Rules.ALL.get(i);
            JsonNode row = rules.get(i);
            assertThat(row.path("code").asText()).isEqualTo(rule.code());
            assertThat(row.path("severity").asText()).isEqualTo(rule.severity().name());
            assertThat(row.path("source").asText()).isEqualTo(rule.source());
            assertThat(row.path("summary").asText()).isNotBlank().doesNotStartWith("rule.");
            assertThat(row.path("example").asText()).isNotBlank().doesNotStartWith("rule.");
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result r = Cli.run("rules", "--format", "html");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("kehoach: --format: 'html' is not one of markdown, json",
                "Try 'kehoach rules --help' for more information.");
    }
}
