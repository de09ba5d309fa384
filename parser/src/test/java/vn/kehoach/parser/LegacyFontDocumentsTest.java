package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.normalize.LegacyEncoding;
import vn.kehoach.parser.normalize.LegacyFixtures;

/**
 * Legacy fonts inside Word and HTML: text typed in ".VnTime" or "VNI-Times" arrives as the Windows-1252
 * characters of its bytes, and the normalize stage decodes it paragraph by paragraph. The sample plan set
 * wholly in a legacy font, and a Unicode plan with one paragraph in one, parse like the Unicode plan
 * (TCVN3 compared in lower case: see {@link LegacyEncodedSampleTest}).
 */
@Timeout(60)
class LegacyFontDocumentsTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final List<String> COMPARED = List.of("document", "legalBases", "sections");

    @ParameterizedTest(name = "{0}")
    @EnumSource(LegacyEncoding.class)
    void docxSetInALegacyFontParsesLikeTheUnicodeDocx(LegacyEncoding encoding) throws Exception {
        List<String> lines = sampleLines();

        JsonNode unicode = json(docx(lines, UnaryOperator.identity(), "Times New Roman"), "plan.docx");
        JsonNode legacy = json(docx(lines, l -> LegacyFixtures.ansi(encoding, l), font(encoding)), "plan.docx");

        assertSameParts(unicode, legacy, encoding);
    }

    @Test
    void decodesTheOneTcvn3ParagraphOfAUnicodeDocx() throws Exception {
        List<String> lines = sampleLines();
        int title = lines.indexOf("Chuyển đổi số tỉnh Sơn Hà năm 2025");

        PlanDocument plan = parse(docx(lines, l -> l.equals(lines.get(title))
                ? LegacyFixtures.ansi(LegacyEncoding.TCVN3, l) : l, "Times New Roman"), "plan.docx");

        assertThat(plan.document().title()).isEqualTo("Chuyển đổi số tỉnh Sơn Hà năm 2025");
        assertThat(plan.document().number()).isEqualTo("45/KH-UBND");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LegacyEncoding.class)
    void htmlInLegacyBytesWithoutACharsetParsesLikeTheUnicodeHtml(LegacyEncoding encoding) throws Exception {
        List<String> lines = sampleLines();

        JsonNode unicode = json(html(lines).getBytes(StandardCharsets.UTF_8), "plan.html");
        JsonNode legacy = json(LegacyFixtures.bytes(encoding, html(lines)), "plan.html");

        assertSameParts(unicode, legacy, encoding);
    }

    private static void assertSameParts(JsonNode unicode, JsonNode legacy, LegacyEncoding encoding) {
        assertThat(unicode.path("document").path("number").asText()).isEqualTo("45/KH-UBND");
        for (String part : COMPARED) {
            String want = unicode.path(part).toPrettyString();
            String got = legacy.path(part).toPrettyString();
            if (encoding == LegacyEncoding.TCVN3) {
                want = want.toLowerCase(Locale.ROOT);
                got = got.toLowerCase(Locale.ROOT);
            }
            assertThat(got).as("%s in %s", part, encoding.displayName()).isEqualTo(want);
        }
    }

    private static List<String> sampleLines() throws Exception {
        return Files.readAllLines(Repo.samples().resolve("ke-hoach-chuyen-doi-so.txt"), StandardCharsets.UTF_8);
    }

    private static String font(LegacyEncoding encoding) {
        return encoding == LegacyEncoding.TCVN3 ? ".VnTime" : "VNI-Times";
    }

    /** One paragraph per line, as Word keeps text in a legacy font: the characters of its bytes. */
    private static byte[] docx(List<String> lines, UnaryOperator<String> text, String font) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setFontFamily(font);
                run.setText(text.apply(line));
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** One paragraph per line; no charset declared, as pages saved from legacy-font editors often were. */
    private static String html(List<String> lines) {
        StringBuilder sb = new StringBuilder("<html><head><title>plan</title></head><body>\n");
        for (String line : lines) {
            sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static PlanDocument parse(byte[] bytes, String name) throws Exception {
        return PARSER.parse(new ByteArrayInputStream(bytes), name);
    }

    private static JsonNode json(byte[] bytes, String name) throws Exception {
        return PlanJson.mapper().valueToTree(parse(bytes, name));
    }
}
