package vn.kehoach.parser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SchemaAssertions;

/**
 * Whatever the parser makes of a real or sample document conforms to the JSON Schema of the contract
 * (model/src/main/resources/vn/kehoach/model/plan-v1.schema.json), and so do the stored sample outputs.
 */
class SchemaConformanceTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final String NO_CORPUS = "(shared/corpus/dev not present)";

    static Stream<String> samples() {
        return SamplesTest.inputs();
    }

    static Stream<String> devDocuments() {
        List<String> names = Repo.devCorpus().map(dir -> Repo.list(dir).stream()
                .map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".txt")).toList())
                .orElse(List.of());
        return names.isEmpty() ? Stream.of(NO_CORPUS) : names.stream();
    }

    @ParameterizedTest(name = "samples/{0}")
    @MethodSource("samples")
    void sampleOutputConforms(String file) throws IOException, DocumentReadException {
        SchemaAssertions.assertConforms(SamplesTest.parse(file));
    }

    @ParameterizedTest(name = "samples/{0}.json")
    @MethodSource("samples")
    void storedSampleOutputConforms(String file) throws IOException {
        Path stored = Repo.samples().resolve(file + ".json");
        assumeTrue(Files.exists(stored), "no stored output yet (SamplesTest reports it)");
        SchemaAssertions.assertConforms(Files.readString(stored, StandardCharsets.UTF_8), "samples/" + file + ".json");
    }

    @ParameterizedTest(name = "dev/{0}")
    @MethodSource("devDocuments")
    void devDocumentOutputConforms(String file) throws IOException, DocumentReadException {
        assumeTrue(!file.equals(NO_CORPUS), "the shared dev corpus is not on this machine");
        Path path = Repo.devCorpus().orElseThrow().resolve(file);
        PlanDocument plan;
        try (InputStream in = Files.newInputStream(path)) {
            plan = PARSER.parse(in, "dev/" + file);
        }
        SchemaAssertions.assertConforms(plan);
    }
}
