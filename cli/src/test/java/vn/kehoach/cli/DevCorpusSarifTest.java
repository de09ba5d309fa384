package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.Repo;
import vn.kehoach.parser.validate.Rule;
import vn.kehoach.parser.validate.Rules;

/**
 * {@code kehoach validate ../shared/corpus/dev/*.txt --format sarif}: real documents give a log that conforms to
 * the official SARIF 2.1.0 schema, with one result per diagnostic. Skipped when the dev corpus is not beside the
 * repository.
 */
class DevCorpusSarifTest {

    @Test
    void devCorpusSarifConformsToTheSchema() throws Exception {
        Path dev = Repo.devCorpus().orElse(null);
        assumeTrue(dev != null, "no ../shared/corpus/dev on this machine");
        List<Path> texts = Repo.list(dev).stream().filter(p -> p.toString().endsWith(".txt")).toList();
        assertThat(texts).isNotEmpty();
        List<String> args = new ArrayList<>(List.of("validate", "--format", "sarif", "--lang", "en"));
        texts.forEach(p -> args.add(p.toString()));

        Cli.Result r = Cli.runIn(Repo.root(), args.toArray(String[]::new));

        assertThat(r.exitCode()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(SarifSchema.violations(r.out())).isEmpty();
        JsonNode results = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("results");
        PlanParser parser = PlanParser.builder().build();
        int diagnostics = 0;
        for (Path p : texts) {
            diagnostics += parser.parse(p).diagnostics().size();
        }
        assertThat(results).hasSize(diagnostics);
        List<String> codes = Rules.ALL.stream().map(Rule::code).toList();
        for (JsonNode result : results) {
            assertThat(codes.get(result.path("ruleIndex").asInt())).isEqualTo(result.path("ruleId").asText());
            assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation")
                    .path("uri").asText()).startsWith("file:/").endsWith(".txt");
        }
    }
}
