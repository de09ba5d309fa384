package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.normalize.LegacyEncoding;
import vn.kehoach.parser.normalize.LegacyFixtures;

/**
 * Acceptance of the legacy encodings: samples/ke-hoach-chuyen-doi-so.txt written in TCVN3 and in VNI-Windows
 * bytes (encoded here, from the Unicode file) parses to the same document metadata, legal bases and sections
 * as the Unicode file.
 *
 * <p>VNI has every capital, so its copy must give exactly the same JSON. TCVN3 has no capital with a tone
 * but Ă Â Ê Ô Ơ Ư Đ; the copy is written as ".VnTimeH" text was, each such capital with the code of its
 * lower-case letter (UniKey writes TCVN3 the same way), and the bytes cannot tell "Ủy" from "ủy". Lines set
 * wholly in capitals come back in capitals, the rest in lower case: so its JSON is compared in lower case.
 *
 * <p>The documents of the shared dev corpus, where present, are held to the same.
 *
 * <p>Read with the charset windows-1252 given, the same bytes reach the normalize stage undecoded, and it
 * decodes them line by line, the document settling the lines too short to tell: the same comparison holds.
 */
class LegacyEncodedSampleTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final String SAMPLE = "ke-hoach-chuyen-doi-so.txt";
    private static final List<String> COMPARED = List.of("document", "legalBases", "sections");
    private static final String NO_CORPUS = "(shared/corpus/dev not present)";

    @ParameterizedTest(name = "{0}")
    @EnumSource(LegacyEncoding.class)
    void legacyCopyOfTheSampleParsesLikeTheUnicodeOne(LegacyEncoding encoding) throws Exception {
        String unicode = Files.readString(Repo.samples().resolve(SAMPLE), StandardCharsets.UTF_8);
        byte[] legacy = LegacyFixtures.bytes(encoding, unicode);
        assertThat(legacy).as("the copy is not valid UTF-8, so the reader must detect it").isNotEqualTo(
                unicode.getBytes(StandardCharsets.UTF_8));

        JsonNode expected = json(unicode.getBytes(StandardCharsets.UTF_8));
        JsonNode actual = json(legacy);

        assertSameParts(expected, actual, encoding);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LegacyEncoding.class)
    void legacyCopyReadAsWindows1252IsDecodedLineByLine(LegacyEncoding encoding) throws Exception {
        String unicode = Files.readString(Repo.samples().resolve(SAMPLE), StandardCharsets.UTF_8);
        PlanParser windows1252 = PlanParser.builder().charset(Charset.forName("windows-1252")).build();

        JsonNode expected = json(PARSER, unicode.getBytes(StandardCharsets.UTF_8));
        JsonNode actual = json(windows1252, LegacyFixtures.bytes(encoding, unicode));

        assertSameParts(expected, actual, encoding);
    }

    static Stream<Arguments> devDocuments() {
        List<String> names = Repo.devCorpus().map(dir -> Repo.list(dir).stream()
                .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList()).orElse(List.of());
        if (names.isEmpty()) {
            return Stream.of(Arguments.of(NO_CORPUS, LegacyEncoding.TCVN3));
        }
        return names.stream().flatMap(n -> Stream.of(LegacyEncoding.values()).map(e -> Arguments.of(n, e)));
    }

    @ParameterizedTest(name = "dev/{0} in {1}")
    @MethodSource("devDocuments")
    void legacyCopyOfADevDocumentParsesLikeTheUnicodeOne(String file, LegacyEncoding encoding) throws Exception {
        assumeTrue(!file.equals(NO_CORPUS), "the shared dev corpus is not on this machine");
        String unicode = Files.readString(Repo.devCorpus().orElseThrow().resolve(file), StandardCharsets.UTF_8);

        JsonNode expected = json(PARSER, unicode.getBytes(StandardCharsets.UTF_8), "dev/" + file);
        JsonNode actual = json(PARSER, LegacyFixtures.bytes(encoding, unicode), "dev/" + file);

        for (String part : COMPARED) {
            String want = expected.path(part).toPrettyString();
            String got = actual.path(part).toPrettyString();
            if (encoding == LegacyEncoding.TCVN3) {
                want = want.toLowerCase(Locale.ROOT);
                got = got.toLowerCase(Locale.ROOT);
            }
            assertThat(got).as("%s of the %s copy of %s", part, encoding.displayName(), file).isEqualTo(want);
        }
    }

    /** The compared parts equal, in lower case for TCVN3. */
    private static void assertSameParts(JsonNode expected, JsonNode actual, LegacyEncoding encoding) {
        assertThat(expected.path("document").path("number").asText()).isEqualTo("45/KH-UBND");
        for (String part : COMPARED) {
            String want = expected.path(part).toPrettyString();
            String got = actual.path(part).toPrettyString();
            if (encoding == LegacyEncoding.TCVN3) {
                want = want.toLowerCase(Locale.ROOT);
                got = got.toLowerCase(Locale.ROOT);
            }
            assertThat(got).as("%s of the %s copy", part, encoding.displayName()).isEqualTo(want);
        }
    }

    private static JsonNode json(byte[] bytes) throws Exception {
        return json(PARSER, bytes);
    }

    private static JsonNode json(PlanParser parser, byte[] bytes) throws Exception {
        return json(parser, bytes, "samples/" + SAMPLE);
    }

    private static JsonNode json(PlanParser parser, byte[] bytes, String name) throws Exception {
        return PlanJson.mapper().valueToTree(parser.parse(new ByteArrayInputStream(bytes), name));
    }
}
