package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.parser.extract.Block;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.extract.TableBlock.TableCell;
import vn.kehoach.parser.extract.TableBlock.TableRow;
import vn.kehoach.parser.extract.TextBlock;

/**
 * Which lines are taken for legacy-font text: lines of plans encoded here in TCVN3 and VNI are, and decode
 * to the Unicode line; ordinary Unicode (composed or not), windows-1258 text, other languages and stray
 * symbols never are; a document decides lines too short to tell, one line at a time.
 */
class LegacyTextRecognizerTest {
    private final LegacyTextRecognizer recognizer = new LegacyTextRecognizer();

    /** Lines with enough words to tell their encoding alone. */
    static final List<String> TELLING = List.of(
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Ủy ban nhân dân tỉnh Nam Định",
            "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
            "Quyết định số 1557/QĐ-TTg ngày 18 tháng 10 năm 2012 của Thủ tướng Chính phủ",
            "Quý IV năm 2013",
            "Hà Nội, ngày 05 tháng 11 năm 2013",
            "KẾ HOẠCH",
            "Chuyển đổi số tỉnh Sơn Hà năm 2025",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.",
            "Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành.",
            "Thời gian hoàn thành: trước ngày 31/12/2025.",
            "Giao Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "Nguyễn Văn Tuấn",
            "khuỷu tay, nghiêng ngả, khuya khoắt, quyết liệt, giữ gìn");

    /** Lines that do not tell alone: one word with a mark, or a first word that is a syllable both ways. */
    static final List<String> SHORT = List.of("Số: 45/KH-UBND", "Tổng", "- Lưu: VT, KGVX.", "Đạt");

    /** Text that is not in a legacy font, whatever characters of the Latin-1 range it has. */
    static final List<String> NOT_LEGACY = List.of(
            "© 2024 Bộ Nội vụ", "©2024 Công ty ABC", "µ", "µm", "10 µm", "PM2.5: 25 µg/m³", "30°C ± 2°C",
            "½ + ¼ = ¾", "§ 5 Abs. 2", "Giá: 100 € / 50 £", "¡Hola! ¿Qué tal?", "« Hà Nội »", "A × B ÷ C",
            "The quick brown fox jumps over the lazy dog.", "Résumé of the café’s naïve façade",
            "Crème brûlée à la carte, déjà vu", "Noël, Zoë et Chloé à l’hôtel", "Ça va ? Très bien, merci.",
            "Müller & Söhne GmbH, Straße 5", "Señor Muñoz, año 2024", "São Paulo: ação e coração",
            "Ålesund, Ørsted, Æsir, Þór", "Œuvres complètes", "naïveté, coöperation, façade",
            "Hà Tây", "Cà Mau", "Tân An", "Tây Ninh", "Cá có", "Bà Rịa", "Điện Biên", "Việt Nam",
            "1.234.567,89 đồng", "±5% · 3² · 10³", "Tel: (024) 3823 0000 – Fax: (024) 3823 1111",
            "“Quote” ‘single’ … • —");

    static Stream<Arguments> telling() {
        return TELLING.stream().flatMap(l -> Stream.of(LegacyEncoding.values()).map(e -> Arguments.of(e, l)));
    }

    static Stream<String> unicode() {
        List<String> lines = new ArrayList<>(TELLING);
        lines.addAll(SHORT);
        lines.addAll(LegacyEncodingTest.PHRASES);
        return lines.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("telling")
    void recognizesALegacyLineAndDecodesIt(LegacyEncoding encoding, String line) {
        String ansi = LegacyFixtures.ansi(encoding, line);

        assertThat(recognizer.recognize(ansi)).contains(encoding);
        assertThat(TextNormalizer.normalizeLine(ansi))
                .isEqualTo(TextNormalizer.normalizeLine(LegacyFixtures.expectedDecoding(encoding, line)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unicode")
    void leavesUnicodeAlone(String line) {
        assertThat(recognizer.recognize(line)).isEmpty();
        assertThat(recognizer.recognize(Normalizer.normalize(line, Normalizer.Form.NFD))).as("NFD").isEmpty();
        assertThat(recognizer.recognize(LegacyFixtures.windows1258(line))).as("windows-1258").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unicode")
    void leavesUnicodeAloneInADocumentOfIt(String line) {
        List<String> lines = List.of(line, LegacyFixtures.windows1258(line),
                Normalizer.normalize(line, Normalizer.Form.NFD));

        assertThat(recognizer.recognize(lines)).containsOnly(Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notLegacy")
    void leavesOtherTextAlone(String line) {
        assertThat(recognizer.recognize(line)).isEmpty();
        assertThat(TextNormalizer.normalizeLine(line)).isEqualTo(TextNormalizer.normalizeLine(line.strip()));
    }

    static Stream<String> notLegacy() {
        return NOT_LEGACY.stream();
    }

    @Test
    void leavesOtherTextAloneAllTogether() {
        assertThat(recognizer.recognize(NOT_LEGACY)).containsOnly(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Plain ASCII text, 2025.", "\u00A0\u00A0", "Kế hoạch số 12/KH-UBND"})
    void leavesLinesWithoutLegacyCodesAlone(String line) {
        assertThat(recognizer.recognize(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shortLines")
    void decodesShortLinesOnlyInADocumentOfTheirEncoding(LegacyEncoding encoding, String line) {
        String ansi = LegacyFixtures.ansi(encoding, line);
        List<String> document = List.of(LegacyFixtures.ansi(encoding, TELLING.get(0)), ansi,
                LegacyFixtures.ansi(encoding, TELLING.get(2)));

        assertThat(recognizer.recognize(ansi)).as("alone").isEmpty();
        assertThat(recognizer.recognize(document).get(1)).as("in the document").contains(encoding);
    }

    static Stream<Arguments> shortLines() {
        return SHORT.stream().flatMap(l -> Stream.of(LegacyEncoding.values()).map(e -> Arguments.of(e, l)));
    }

    @Test
    void decodesOneTcvn3LineAmongUnicodeLines() {
        ExtractedDocument doc = document(
                new TextBlock("ỦY BAN NHÂN DÂN\nTỈNH SƠN HÀ"),
                new TextBlock(LegacyFixtures.ansi(LegacyEncoding.TCVN3, "Kế hoạch chuyển đổi số năm 2025")),
                new TextBlock("Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;"),
                new TextBlock("Hà Tây"));

        assertThat(texts(new TextNormalizer().normalize(doc))).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH SƠN HÀ",
                "Kế hoạch chuyển đổi số năm 2025", "Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;",
                "Hà Tây");
    }

    @Test
    void decodesVniAndTcvn3LinesOfOneDocumentEachInItsEncoding() {
        ExtractedDocument doc = document(
                new TextBlock(LegacyFixtures.ansi(LegacyEncoding.VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam")),
                new TextBlock(LegacyFixtures.ansi(LegacyEncoding.TCVN3, "Độc lập - Tự do - Hạnh phúc")));

        assertThat(texts(new TextNormalizer().normalize(doc)))
                .containsExactly("Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc");
    }

    @Test
    void decodesTableCellsOfATcvn3Document() {
        ExtractedDocument doc = document(
                new TextBlock(LegacyFixtures.ansi(LegacyEncoding.TCVN3, "Danh mục nhiệm vụ triển khai kế hoạch")),
                new TableBlock(List.of(
                        row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"),
                        row("1", "Xây dựng kho dữ liệu dùng chung", "Sở Thông tin và Truyền thông", "Quý IV"),
                        row("2", "Tổng hợp, báo cáo", "Văn phòng", "Đạt"))));

        assertThat(texts(new TextNormalizer().normalize(doc))).containsSubsequence(
                "Danh mục nhiệm vụ triển khai kế hoạch", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
                "Xây dựng kho dữ liệu dùng chung", "Sở Thông tin và Truyền thông", "Quý IV", "Tổng hợp, báo cáo",
                "Văn phòng", "Đạt");
    }

    @Test
    void leavesShortLinesAloneWhenMostOfTheDocumentIsUnicode() {
        List<String> lines = List.of(
                LegacyFixtures.ansi(LegacyEncoding.TCVN3, "Cộng hòa xã hội chủ nghĩa Việt Nam"),
                LegacyFixtures.ansi(LegacyEncoding.TCVN3, "Độc lập - Tự do - Hạnh phúc"),
                "Kế hoạch chuyển đổi số", "Căn cứ Luật Giao dịch điện tử", "Ủy ban nhân dân tỉnh", "Cá có");

        assertThat(recognizer.recognize(lines)).containsExactly(Optional.of(LegacyEncoding.TCVN3),
                Optional.of(LegacyEncoding.TCVN3), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void needsTwoClearLinesBeforeTheDocumentDecides() {
        String sè = LegacyFixtures.ansi(LegacyEncoding.TCVN3, "Số: 45/KH-UBND");
        List<String> lines = List.of(LegacyFixtures.ansi(LegacyEncoding.TCVN3, "Độc lập - Tự do - Hạnh phúc"), sè);

        assertThat(recognizer.recognize(lines).get(1)).isEmpty();
    }

    private static ExtractedDocument document(Block... blocks) {
        return new ExtractedDocument("test.docx", "application/msword", "0", List.of(blocks));
    }

    private static TableRow row(String... cells) {
        List<TableCell> out = new ArrayList<>();
        for (String c : cells) {
            out.add(new TableCell(LegacyFixtures.ansi(LegacyEncoding.TCVN3, c), 1, 1));
        }
        return new TableRow(out);
    }

    private static List<String> texts(NormalizedText text) {
        return text.lines().stream().map(NormalizedText.Line::text).filter(t -> !t.isBlank()).toList();
    }
}
