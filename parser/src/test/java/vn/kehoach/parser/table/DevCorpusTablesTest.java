package vn.kehoach.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.Repo;
import vn.kehoach.parser.extract.TextExtractor;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.TextNormalizer;
import vn.kehoach.parser.outline.LayoutRecognizer;

/**
 * The task rows of the shared dev corpus (skipped where {@code ../shared} is absent) against the appendix tasks a
 * careful reader annotated in {@code *.gold.json}: as many rows as gold tasks, in order, each with the gold's
 * number (its {@code ref} after "PL."), its task text starting with the gold's {@code textPrefix}, every gold lead
 * and cooperating agency inside the lead and cooperating cells, and the product starting with {@code productPrefix}.
 */
class DevCorpusTablesTest {
    static Stream<Arguments> documents() {
        return Repo.devGoldNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void taskRowsAgreeWithTheGold(String name) throws Exception {
        Path dev = Repo.devCorpus().orElse(null);
        Assumptions.assumeTrue(dev != null, "the shared dev corpus is not beside the repository");
        JsonNode gold = gold(dev, name);
        compare(name, gold, Files.readString(dev.resolve(gold.path("source").asText(name + ".txt"))));
    }

    /** The same documents with their "|" lines and blank lines taken out, as PDF text gives a table: line by line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void taskRowsAgreeWithTheGoldLineByLine(String name) throws Exception {
        Path dev = Repo.devCorpus().orElse(null);
        Assumptions.assumeTrue(dev != null, "the shared dev corpus is not beside the repository");
        JsonNode gold = gold(dev, name);
        String text = Files.readString(dev.resolve(gold.path("source").asText(name + ".txt")));
        compare(name + " line by line", gold, text.replaceAll("(?m)^(\\|?[ \\t]*)\\R", ""));
    }

    /** The same documents with every line a paragraph of its own, as a web page may break a cell into several. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void taskRowsAgreeWithTheGoldParagraphByParagraph(String name) throws Exception {
        Path dev = Repo.devCorpus().orElse(null);
        Assumptions.assumeTrue(dev != null, "the shared dev corpus is not beside the repository");
        JsonNode gold = gold(dev, name);
        String text = Files.readString(dev.resolve(gold.path("source").asText(name + ".txt")));
        String paragraphs = text.replaceAll("(?m)^(\\|?[ \\t]*)\\R", "").replaceAll("\\R", "\n\n");
        compare(name + " paragraph by paragraph", gold, paragraphs);
    }

    private static JsonNode gold(Path dev, String name) throws Exception {
        return PlanJson.mapper().readTree(Files.readString(dev.resolve(name + ".gold.json")));
    }

    private static void compare(String name, JsonNode gold, String input) {
        List<JsonNode> expected = new ArrayList<>();
        gold.path("tasks").forEach(t -> {
            if (t.path("origin").asText().equals("APPENDIX")) {
                expected.add(t);
            }
        });
        NormalizedText text = new TextNormalizer().normalize(new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null)
                .extractText(input, name + ".txt"));
        List<TaskRow> rows = new TableRecognizer().recognize(text, new LayoutRecognizer().recognize(text)).stream()
                .flatMap(t -> t.tasks().stream()).toList();

        assertThat(rows).as(name + " task rows").hasSameSizeAs(expected);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            compare(expected.get(i), rows.get(i), wrong);
        }
        assertThat(wrong).as(name).isEmpty();
    }

    private static void compare(JsonNode gold, TaskRow row, List<String> wrong) {
        String ref = gold.path("ref").asText();
        if (!ref.equals("PL." + row.number())) {
            wrong.add(ref + ": number " + row.number());
        }
        String task = row.cell(ColumnRole.TASK).orElse("");
        if (!Fold.words(task).startsWith(Fold.words(gold.path("textPrefix").asText()))) {
            wrong.add(ref + ": task " + task);
        }
        contains(ref, "lead", gold.path("lead"), row.cell(ColumnRole.LEAD).orElse(""), wrong);
        contains(ref, "cooperating", gold.path("cooperating"), row.cell(ColumnRole.COOPERATING).orElse(""), wrong);
        if (gold.has("productPrefix")) {
            String product = row.cell(ColumnRole.PRODUCT).orElse("");
            if (!Fold.words(product).startsWith(Fold.words(gold.path("productPrefix").asText()))) {
                wrong.add(ref + ": product " + product);
            }
        }
    }

    private static void contains(String ref, String key, JsonNode agencies, String cell, List<String> wrong) {
        for (JsonNode a : agencies) {
            if (!(" " + Fold.words(cell) + " ").contains(" " + Fold.words(a.asText()) + " ")) {
                wrong.add(ref + ": " + key + " " + cell + " lacks " + a.asText());
            }
        }
    }
}
