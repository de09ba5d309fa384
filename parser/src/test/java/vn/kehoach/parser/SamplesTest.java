package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanJson;

/**
 * Golden test of whole documents: every input in samples/ parses to exactly its stored output,
 * {@code samples/<file>.json}.
 *
 * <p>With the system property {@code samples.update} set ({@code mvn -B verify -Dsamples.update}) the outputs
 * are rewritten instead, and outputs whose input is gone are deleted; review the result with {@code git diff}.
 */
class SamplesTest {
    private static final PlanParser PARSER = PlanParser.builder().build();

    static Stream<String> inputs() {
        return Repo.sampleInputs().stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesToItsStoredOutput(String file) throws IOException, DocumentReadException {
        String actual = PlanJson.writePretty(parse(file));
        Path golden = Repo.samples().resolve(file + ".json");

        if (updating()) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("samples/%s.json is missing; create it with: mvn -B verify -Dsamples.update", file);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(firstDifference("samples/" + file + ".json", expected, actual));
        }
    }

    @Test
    void everyStoredOutputHasItsInput() throws IOException {
        List<String> inputs = inputs().toList();
        List<Path> orphans = Repo.list(Repo.samples()).stream()
                .filter(p -> p.getFileName().toString().endsWith(".json"))
                .filter(p -> !inputs.contains(p.getFileName().toString().replaceFirst("\\.json$", "")))
                .toList();
        if (updating()) {
            for (Path orphan : orphans) {
                Files.delete(orphan);
            }
            return;
        }
        assertThat(orphans).as("outputs in samples/ without an input (delete them or run -Dsamples.update)")
                .isEmpty();
    }

    @Test
    void samplesCoverTextWordAndHtml() {
        assertThat(inputs()).anyMatch(f -> f.endsWith(".txt")).anyMatch(f -> f.endsWith(".docx"))
                .anyMatch(f -> f.endsWith(".html"));
    }

    /** Parses samples/{@code file} under the name "samples/{@code file}", so source.path is the same everywhere. */
    static PlanDocument parse(String file) throws IOException, DocumentReadException {
        try (InputStream in = Files.newInputStream(Repo.samples().resolve(file))) {
            return PARSER.parse(in, "samples/" + file);
        }
    }

    private static boolean updating() {
        String value = System.getProperty("samples.update");
        return value != null && !value.equalsIgnoreCase("false");
    }

    /** "path differs from the parser's output at line N:" with both lines, and how to accept the change. */
    static String firstDifference(String path, String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        return String.format("%s differs from the parser's output at line %d:%n  stored: %s%n  actual: %s%n"
                + "If the change is intended, run: mvn -B verify -Dsamples.update (then review git diff samples/)",
                path, line + 1, line < want.length ? want[line] : "<end of file>",
                line < got.length ? got[line] : "<end of file>");
    }
}
