package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.Agency;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.Repo;

/**
 * Every raw lead and cooperating cell of the dev corpus's task tables ({@code agencies/dev-cells.txt}) splits into
 * the agencies of its gold list, compared as {@code eval/score.py} compares them (skipped where {@code ../shared}
 * is absent; the same cells are examples in {@code spec/agencies.md}).
 */
class AgencyDevCellsTest {
    private static final Map<String, JsonNode> GOLD = new HashMap<>();

    /** One cell: where it comes from and its text. */
    record Cell(String document, String ref, String field, String text) {
    }

    static Stream<Arguments> cells() {
        return read().stream().map(c -> Arguments.of(Named.of(c.document() + " " + c.ref() + " " + c.field(), c)));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void splitsLikeTheGold(Cell cell) throws IOException {
        Path dev = Repo.devCorpus().orElse(null);
        Assumptions.assumeTrue(dev != null, "the shared dev corpus is not beside the repository");
        List<String> gold = new ArrayList<>();
        for (JsonNode task : gold(dev, cell.document()).path("tasks")) {
            if (task.path("ref").asText().equals(cell.ref())) {
                task.path(cell.field()).forEach(n -> gold.add(n.asText()));
            }
        }
        assertThat(gold).as("gold list").isNotEmpty();
        List<String> names = AgencySplitter.DEFAULT.split(cell.text()).stream().map(Agency::name).toList();
        assertThat(EvalAgencyMatch.setEqual(gold, names)).as("%s split as %s, gold %s", cell.text(), names, gold)
                .isTrue();
    }

    private static synchronized JsonNode gold(Path dev, String document) throws IOException {
        JsonNode g = GOLD.get(document);
        if (g == null) {
            g = PlanJson.mapper().readTree(Files.readString(dev.resolve(document + ".gold.json")));
            GOLD.put(document, g);
        }
        return g;
    }

    static List<Cell> read() {
        String text;
        try (InputStream in = AgencyDevCellsTest.class.getResourceAsStream("/agencies/dev-cells.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Cell> out = new ArrayList<>();
        String[] head = null;
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n@@ end").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@@ ")) {
                if (head != null) {
                    out.add(new Cell(head[1], head[2], head[3], body.toString().strip()));
                }
                head = line.split(" ");
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return out;
    }
}
