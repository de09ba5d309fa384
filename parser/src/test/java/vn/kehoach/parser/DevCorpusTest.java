package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.normalize.Fold;

/**
 * Regression guard on the shared dev corpus (skipped where {@code ../shared} is absent): for every
 * document, the header metadata and the legal bases (number and date) agree with what a careful reader
 * annotated in {@code *.gold.json}, compared the way {@code eval/score.py} compares them.
 */
class DevCorpusTest {
    private static final PlanParser PARSER = PlanParser.builder().build();

    static Stream<Arguments> documents() {
        return Repo.devGoldNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void headerAndLegalBasesAgreeWithTheGold(String name) throws Exception {
        Path dev = Repo.devCorpus().orElse(null);
        Assumptions.assumeTrue(dev != null, "the shared dev corpus is not beside the repository");
        JsonNode gold = PlanJson.mapper().readTree(Files.readString(dev.resolve(name + ".gold.json")));
        PlanDocument doc = PARSER.parse(dev.resolve(gold.path("source").asText(name + ".txt")));
        JsonNode actual = PlanJson.mapper().valueToTree(doc);

        JsonNode gd = gold.path("document");
        JsonNode ad = actual.path("document");
        List<String> wrong = new ArrayList<>();
        for (String key : List.of("type", "issuedOn")) {
            check(wrong, key, gd.path(key), ad.path(key), false);
        }
        for (String key : List.of("number", "place", "title")) {
            check(wrong, key, gd.path(key), ad.path(key), true);
        }
        if (gd.has("issuer")) {
            check(wrong, "issuer", gd.path("issuer"), ad.path("issuer").path("name"), true);
        }
        if (gd.has("period")) {
            check(wrong, "period", gd.path("period"), ad.path("period"), false);
        }
        if (gd.has("signer")) {
            check(wrong, "signer.name", gd.path("signer").path("name"), ad.path("signer").path("name"), true);
            check(wrong, "signer.authority", gd.path("signer").path("authority"), ad.path("signer").path("authority"), false);
            if (!squash(ad.path("signer").path("position").asText()).contains(squash(gd.path("signer").path("positionContains").asText()))) {
                wrong.add("signer.position: " + ad.path("signer").path("position"));
            }
        }
        if (gd.has("recipientsCount") && ad.path("recipients").size() != gd.path("recipientsCount").asInt()) {
            wrong.add("recipients: " + ad.path("recipients").size() + " instead of " + gd.path("recipientsCount"));
        }
        if (gd.has("appendicesCount") && ad.path("appendices").size() != gd.path("appendicesCount").asInt()) {
            wrong.add("appendices: " + ad.path("appendices").size() + " instead of " + gd.path("appendicesCount"));
        }
        assertThat(wrong).as(name + " header").isEmpty();
        assertThat(bases(actual)).as(name + " legal bases").isEqualTo(bases(gold));
    }

    private static void check(List<String> wrong, String key, JsonNode gold, JsonNode actual, boolean squashed) {
        if (gold.isMissingNode()) {
            return;
        }
        boolean same = squashed ? squash(gold.asText()).equals(squash(actual.asText())) : gold.equals(actual);
        if (!same) {
            wrong.add(key + ": expected " + gold + ", got " + actual);
        }
    }

    /** Number → date of each cited document that has a number. */
    private static Map<String, String> bases(JsonNode doc) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode b : doc.path("legalBases")) {
            if (b.hasNonNull("number")) {
                out.putIfAbsent(squash(b.path("number").asText()), b.path("issuedOn").asText(""));
            }
        }
        return out;
    }

    private static String squash(String s) {
        return Fold.fold(s).replaceAll("[^0-9a-z]", "");
    }
}
