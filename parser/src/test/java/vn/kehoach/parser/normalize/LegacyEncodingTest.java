package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.parser.Vocabulary;

/**
 * The TCVN3 and VNI-Windows tables and their decoding: every Vietnamese letter with every mark and phrases of
 * plans, encoded by the tests' own inverse of the tables ({@link LegacyFixtures}), decode back to Unicode,
 * from bytes and from the Windows-1252 characters of those bytes; the tables hold what the encodings hold.
 */
class LegacyEncodingTest {
    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";
    private static final String TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ";

    /** Phrases typical of plans, and words whose spelling is out of the ordinary. */
    static final List<String> PHRASES = List.of(
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quyết định số 1557/QĐ-TTg",
            "Ủy ban nhân dân tỉnh Nam Định",
            "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
            "Quý IV năm 2013",
            "Số: 45/KH-UBND",
            "Hà Nội, ngày 05 tháng 11 năm 2013",
            "KẾ HOẠCH",
            "Chuyển đổi số tỉnh Sơn Hà năm 2025",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.",
            "Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành.",
            "Thời gian hoàn thành: trước ngày 31/12/2025.",
            "Nâng cao chất lượng nguồn nhân lực; bảo đảm an toàn, an ninh mạng.",
            "Giao Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo.",
            "Nơi nhận:",
            "- Lưu: VT, KGVX.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn Tuấn",
            "Đỗ Thị Ánh Tuyết",
            "khuỷu tay, nghiêng ngả, khuya khoắt, quyết liệt, giữ gìn, huơ tay, thuở xưa",
            "Ngân sách nhà nước và các nguồn vốn hợp pháp khác",
            "Tuyên truyền, phổ biến, quán triệt nghị quyết đến cán bộ, đảng viên và nhân dân");

    static Stream<Arguments> everyLetter() {
        List<Arguments> out = new ArrayList<>();
        for (String letter : vietnameseLetters()) {
            out.add(Arguments.of(LegacyEncoding.VNI, letter));
            out.add(Arguments.of(LegacyEncoding.VNI, letter.toUpperCase(Locale.ROOT)));
            out.add(Arguments.of(LegacyEncoding.TCVN3, letter));
        }
        for (char c : TCVN3_CAPITALS.toCharArray()) {
            out.add(Arguments.of(LegacyEncoding.TCVN3, String.valueOf(c)));
        }
        return out.stream();
    }

    static Stream<Arguments> phrases() {
        return PHRASES.stream().flatMap(p -> Stream.of(LegacyEncoding.values()).map(e -> Arguments.of(e, p)));
    }

    @ParameterizedTest(name = "{0} round-trips \"{1}\"")
    @MethodSource("everyLetter")
    void roundTripsEveryLetterItHas(LegacyEncoding encoding, String letter) {
        assertThat(encoding.decode(LegacyFixtures.bytes(encoding, letter))).isEqualTo(letter);
        assertThat(encoding.decode(LegacyFixtures.ansi(encoding, letter))).isEqualTo(letter);
    }

    @ParameterizedTest(name = "{0} round-trips \"{1}\"")
    @MethodSource("phrases")
    void roundTripsPhrasesOfPlans(LegacyEncoding encoding, String phrase) {
        String expected = LegacyFixtures.expectedDecoding(encoding, phrase);

        assertThat(encoding.decode(LegacyFixtures.bytes(encoding, phrase))).isEqualTo(expected);
        assertThat(encoding.decode(LegacyFixtures.ansi(encoding, phrase))).isEqualTo(expected);
    }

    @Test
    void decodesTheTcvn3OfTheIssue() {
        assertThat(LegacyEncoding.TCVN3.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam"))
                .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
    }

    @Test
    void decodesTheVniOfTheIssue() {
        assertThat(LegacyEncoding.VNI.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyEncoding.VNI.decode("Xin chaøo caùc baïn")).isEqualTo("Xin chào các bạn");
    }

    @Test
    void decodesVniCapitalsWithTheirOwnDiacritics() {
        assertThat(LegacyEncoding.VNI.decode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(LegacyEncoding.VNI.decode("ÑAÛNG ÖÙNG ÔÛ")).isEqualTo("ĐẢNG ỨNG Ở");
    }

    @Test
    void readsAVniDiacriticInTheOtherCaseAsItsLetters() {
        assertThat(LegacyEncoding.VNI.decode("Uûy ban nhaân daân")).isEqualTo("Ủy ban nhân dân");
        assertThat(LegacyEncoding.VNI.decode("COäNG HOøA")).isEqualTo("CỘNG HÒA");
        assertThat(LegacyEncoding.VNI.decode("ÔØ öÙ")).isEqualTo("Ờ ứ");
    }

    @Test
    void decodesATcvn3LineSetInCapitalsInCapitals() {
        assertThat(LegacyEncoding.TCVN3.decode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"))
                .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(LegacyEncoding.TCVN3.decode("KÕ HO¹CH")).isEqualTo("KẾ HOẠCH");
    }

    @Test
    void decodesAWrappedTcvn3HeadingInCapitalsButNotANameAfterATitle() {
        assertThat(LegacyEncoding.TCVN3.decode("PHô\nLôC\nLé\nTR×NH THùC HIÖN"))
                .isEqualTo("PHỤ\nLỤC\nLỘ\nTRÌNH THỰC HIỆN");
        assertThat(LegacyEncoding.TCVN3.decode("PHã CHñ TÞCH\nVâ\nV¨n Hoan"))
                .isEqualTo("PHÓ CHỦ TỊCH\nVõ\nVăn Hoan");
    }

    @Test
    void decodesTcvn3CapitalsItCannotTellInLowerCase() {
        // ".VnTimeH" text typed with lower-case keys, and a lone capital with a tone: the bytes say lower case.
        assertThat(LegacyEncoding.TCVN3.decode("céng hoµ")).isEqualTo("cộng hoà");
        assertThat(LegacyEncoding.TCVN3.decode("ñy ban nh©n d©n")).isEqualTo("ủy ban nhân dân");
        assertThat(LegacyEncoding.TCVN3.decode("Sè: 45/KH-UBND")).isEqualTo("Số: 45/KH-UBND");
    }

    @Test
    void keepsTheTcvn3CapitalsItHas() {
        assertThat(LegacyEncoding.TCVN3.decode("§¹i héi §¶ng")).isEqualTo("Đại hội Đảng");
        assertThat(LegacyEncoding.TCVN3.decode("¡n ¢u £m ¤ng ¥n ¦ng")).isEqualTo("Ăn Âu Êm Ông Ơn Ưng");
    }

    @Test
    void readsTheSoftHyphenAsTcvn3U() {
        assertThat(LegacyEncoding.TCVN3.decode("ng\u00ADêi d\u00ADíi")).isEqualTo("người dưới");
    }

    @Test
    void decodesEachLineOfMultilineTextOnItsOwn() {
        assertThat(LegacyEncoding.TCVN3.decode("KÕ HO¹CH\r\nChuyÓn ®æi sè\nTM. ñY BAN"))
                .isEqualTo("KẾ HOẠCH\r\nChuyển đổi số\nTM. ỦY BAN");
    }

    @Test
    void readsBytesOutsideTheTableAsWindows1252() {
        byte[] bytes = {'"', (byte) 0x93, 'a', (byte) 0x94, ' ', (byte) 0x80, ' ', (byte) 0x81, ' ', (byte) 0x96};

        for (LegacyEncoding e : LegacyEncoding.values()) {
            assertThat(e.decode(bytes)).as(e.displayName()).isEqualTo("\"\u201Ca\u201D \u20AC \u0081 \u2013");
        }
    }

    @Test
    void keepsCharactersWithoutAWindows1252Byte() {
        assertThat(LegacyEncoding.TCVN3.decode("Hµ → ộ")).isEqualTo("Hà → ộ");
        assertThat(LegacyEncoding.VNI.decode("Haø → ộ")).isEqualTo("Hà → ộ");
    }

    @Test
    void readsTcvn3BytesTheWayGlibcReadsTheirVn3Part() {
        // Spot check against `iconv -f TCVN5712-1` (glibc 2.36), whose VN1 agrees with VN3 on these codes.
        byte[] bytes = {(byte) 0xA7, (byte) 0xB8, (byte) 0xB5, (byte) 0xB6, (byte) 0xB7, (byte) 0xB9, (byte) 0xA8,
            (byte) 0xBE, (byte) 0xC6, (byte) 0xAE, (byte) 0xAD, (byte) 0xF9, (byte) 0xFD, (byte) 0xFE};
        assertThat(LegacyEncoding.TCVN3.decode(bytes)).isEqualTo("Đáàảãạăắặđưựýỵ");
    }

    @Test
    void tcvn3TableHoldsExactlyTheVn3Letters() {
        Map<String, String> table = table("tcvn3.tsv");
        Set<String> expected = new HashSet<>(vietnameseLetters());
        for (char c : TCVN3_CAPITALS.toCharArray()) {
            expected.add(String.valueOf(c));
        }

        assertThat(table).hasSize(74);
        assertThat(new HashSet<>(table.values())).isEqualTo(expected);
        assertThat(table.keySet()).allSatisfy(hex -> assertThat(Integer.parseInt(hex, 16)).isBetween(0xA1, 0xFE));
    }

    @Test
    void vniTableIsTheLetterAndDiacriticScheme() {
        // The scheme, written out independently of the table: the diacritic byte after a lower-case letter
        // for none, acute, grave, hook, tilde, dot below; capitals use the byte 0x20 lower.
        Map<String, Integer[]> marks = Map.of(
                "", new Integer[] {null, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF},
                "\u0302", new Integer[] {0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4},
                "\u0306", new Integer[] {0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB});
        Map<String, Integer> singles = Map.of("ơ", 0xF4, "ư", 0xF6, "đ", 0xF1, "ì", 0xEC, "í", 0xED, "ỉ", 0xE6,
                "ĩ", 0xF3, "ị", 0xF2, "ỵ", 0xEE);
        Map<String, String> expected = new HashMap<>();
        singles.forEach((letter, b) -> {
            expected.put(hex(b), letter);
            expected.put(hex(b - 0x20), letter.toUpperCase(Locale.ROOT));
        });
        for (String base : List.of("a", "e", "i", "o", "u", "y", "ơ", "ư")) {
            marks.forEach((mark, bytes) -> {
                for (int tone = 0; tone < bytes.length; tone++) {
                    boolean markFits = mark.isEmpty() || mark.equals("\u0302") && "aeo".contains(base)
                            || mark.equals("\u0306") && base.equals("a");
                    String letter = nfc(base + mark + (tone == 0 ? "" : TONES.charAt(tone - 1)));
                    if (bytes[tone] == null || !markFits || singles.containsKey(letter)) {
                        continue;
                    }
                    String lead = base.equals("ơ") ? "F4" : base.equals("ư") ? "F6" : hex(base.charAt(0));
                    String upperLead = base.equals("ơ") ? "D4" : base.equals("ư") ? "D6"
                            : hex(Character.toUpperCase(base.charAt(0)));
                    expected.put(lead + " " + hex(bytes[tone]), letter);
                    expected.put(upperLead + " " + hex(bytes[tone] - 0x20), letter.toUpperCase(Locale.ROOT));
                }
            });
        }

        assertThat(table("vni.tsv")).isEqualTo(expected).hasSize(134);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3.tsv", "vni.tsv"})
    void tableHasOneSequencePerCharacter(String file) {
        Map<String, String> table = table(file);

        assertThat(new HashSet<>(table.values())).hasSameSizeAs(table.values());
    }

    /** Every lower-case Vietnamese letter with a vowel mark or a tone, and đ: 67 letters. */
    static List<String> vietnameseLetters() {
        List<String> letters = new ArrayList<>();
        for (String base : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            if (base.length() == 1 && base.charAt(0) >= 0x80) {
                letters.add(base);
            }
            for (char tone : TONES.toCharArray()) {
                letters.add(nfc(base + tone));
            }
        }
        letters.add("đ");
        return letters;
    }

    private static Map<String, String> table(String file) {
        Map<String, String> rows = new HashMap<>();
        for (String[] row : Vocabulary.rows(file)) {
            rows.put(row[0].strip(), row[1]);
        }
        return rows;
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
