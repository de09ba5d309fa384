package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.kehoach.model.DocumentType;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanJson;

/** Empty, odd and hostile input: always a document, never an exception or a hang. */
class SpecialInputTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final String PLAN = String.join("\n",
            "ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "", "Số: 55/KH-UBND", "", "Nam Định, ngày 14 tháng 8 năm 2013", "", "KẾ HOẠCH", "",
            "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ GIAI ĐOẠN 2013 - 2015", "",
            "Căn cứ Nghị định số 36/2013/NĐ-CP ngày 22/4/2013 của Chính phủ;", "", "I. MỤC TIÊU", "Nội dung./.",
            "", "Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Tuấn");

    @Test
    void emptyTextGivesAnEmptyDocumentWithDiagnostics() {
        PlanDocument doc = PARSER.parse("");
        assertThat(doc.document().type()).isEqualTo(DocumentType.OTHER);
        assertThat(doc.legalBases()).isEmpty();
        assertThat(doc.diagnostics()).extracting(d -> d.code()).contains("HEADER_MISSING", "SIGNATURE_MISSING");
    }

    @Test
    void windowsLineEndingsGiveTheSameDocumentAsUnix() {
        assertThat(essentials(PARSER.parse(PLAN.replace("\n", "\r\n")))).isEqualTo(essentials(PARSER.parse(PLAN)));
    }

    @Test
    void decomposedUnicodeGivesTheSameDocumentAsComposed() {
        String nfd = Normalizer.normalize(PLAN, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(PLAN);
        assertThat(essentials(PARSER.parse(nfd))).isEqualTo(essentials(PARSER.parse(PLAN)));
    }

    @Test
    void oldTonePlacementGivesTheSameDocumentAsModern() {
        String old = PLAN.replace("ỦY", "UỶ").replace("HÒA", "HOÀ");
        assertThat(essentials(PARSER.parse(old))).isEqualTo(essentials(PARSER.parse(PLAN)));
    }

    @Test
    void readsTheWholeHeaderOfAWellFormedPlan() {
        PlanDocument doc = PARSER.parse(PLAN);
        assertThat(doc.document().number()).isEqualTo("55/KH-UBND");
        assertThat(doc.document().issuer().name()).isEqualTo("Ủy ban nhân dân tỉnh Nam Định");
        assertThat(doc.document().signer().name()).isEqualTo("Nguyễn Văn Tuấn");
        assertThat(doc.legalBases()).extracting(b -> b.number()).containsExactly("36/2013/NĐ-CP");
        assertThat(doc.diagnostics()).isEmpty();
    }

    @Test
    void nulCharactersAndControlCharactersDoNotBreakParsing() {
        PlanDocument doc = PARSER.parse(PLAN.replace("Số:", "Số:\u0000").replace("KẾ HOẠCH", "KẾ\u0007 HOẠCH"));
        assertThat(doc.document().number()).isEqualTo("55/KH-UBND");
        assertThat(doc.document().type()).isEqualTo(DocumentType.KE_HOACH);
    }

    @Test
    void streamInputIsNamedAsGiven() throws DocumentReadException {
        PlanDocument doc = PARSER.parse(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), "plans/55.txt");
        assertThat(doc.source().path()).isEqualTo("plans/55.txt");
        assertThat(doc.source().sha256()).matches("[0-9a-f]{64}");
        assertThat(doc.source().characters()).isEqualTo(PLAN.length());
    }

    @Test
    void builderRefusesALimitThatIsNotPositive() {
        assertThatThrownBy(() -> PlanParser.builder().maxInputBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputBytes");
    }

    @Test
    void messagesComeInTheChosenLanguage() {
        PlanParser vi = PlanParser.builder().messageLocale(java.util.Locale.forLanguageTag("vi")).build();
        assertThat(vi.parse("").diagnostics()).extracting(d -> d.message()).anyMatch(m -> m.startsWith("Thiếu"));
        assertThat(PARSER.parse("").diagnostics()).extracting(d -> d.message()).anyMatch(m -> m.contains("missing"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomTextNeverThrows() {
        Random random = new Random(20261123);
        String alphabet = "ỦY BAN NHÂN DÂN Số:/-.()|;,\n\n0123456789 KẾHOẠCH Căn cứ Nghị định số ngày tháng năm PHỤ LỤC "
                + "TM. KT. Nơi nhận I. 1. a) đ) 1.1. Điều Phần \u0000\u00A0\u0301\u0300\uFFFD\uD83D\uDE00";
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(3000);
            for (int i = 0; i < len; i++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            PlanDocument doc = PARSER.parse(sb.toString());
            assertThat(PlanJson.write(doc)).startsWith("{\"schemaVersion\":\"1\"");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void longInputIsParsedInReasonableTime() {
        StringBuilder sb = new StringBuilder(PLAN).append('\n');
        for (int i = 0; i < 20_000; i++) {
            sb.append(i % 3 == 0 ? "1.1. Nội dung thực hiện theo Quyết định số 12/QĐ-UBND ngày 01/02/2024;\n"
                    : "- Căn cứ tình hình thực tế, các cơ quan, đơn vị triển khai thực hiện.\n");
        }
        sb.append("x".repeat(2_000_000)).append('\n');
        PlanDocument doc = PARSER.parse(sb.toString());
        assertThat(doc.document().number()).isEqualTo("55/KH-UBND");
    }

    @Test
    void oneParserServesManyThreadsAlike() throws Exception {
        String expected = PlanJson.write(PARSER.parse(PLAN));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> PlanJson.write(PARSER.parse(PLAN))));
            }
            for (var f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The document without its source (hashes differ with the bytes). */
    private static String essentials(PlanDocument doc) {
        return PlanJson.write(doc.document()) + PlanJson.write(doc.legalBases()) + PlanJson.write(doc.sections());
    }
}
