package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
 */
class LegacyEncodedSampleTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final String SAMPLE = "ke-hoach-chuyen-doi-so.txt";
    private static final List<String> COMPARED = List.of("document", "legalBases", "sections");

    @ParameterizedTest(name = "{0}")
    @EnumSource(LegacyEncoding.class)
    void legacyCopyOfTheSampleParsesLikeTheUnicodeOne(LegacyEncoding encoding) throws Exception {
        String unicode = Files.readString(Repo.samples().resolve(SAMPLE), StandardCharsets.UTF_8);
        byte[] legacy = LegacyFixtures.bytes(encoding, unicode);
        assertThat(legacy).as("the copy is not valid UTF-8, so the reader must detect it").isNotEqualTo(
                unicode.getBytes(StandardCharsets.UTF_8));

        JsonNode expected = json(unicode.getBytes(StandardCharsets.UTF_8));
        JsonNode actual = json(legacy);

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
        return PlanJson.mapper().valueToTree(PARSER.parse(new ByteArrayInputStream(bytes), "samples/" + SAMPLE));
    }
}
