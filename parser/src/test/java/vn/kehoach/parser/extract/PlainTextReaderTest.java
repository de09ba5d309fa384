package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.kehoach.parser.normalize.LegacyEncoding;
import vn.kehoach.parser.normalize.LegacyFixtures;

/** Charset detection (the legacy font encodings among it) and the text check, below the extractor. */
class PlainTextReaderTest {
    private static final String PLAN = "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\nSố: 55/KH-UBND\nNam Định, ngày 05 tháng 11 năm 2013\nKẾ HOẠCH\n"
            + "Thực hiện nhiệm vụ cải cách hành chính Quý IV năm 2013 của các sở, ngành\n";
    private final PlainTextReader detecting = new PlainTextReader(null);

    @Test
    void callsStrictUtf8Certain() {
        DecodedText text = detecting.decode("Hà Nội".getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.certain()).isTrue();
    }

    @Test
    void fallsBackToWindows1258AsAGuess() {
        DecodedText text = detecting.decode(Fixtures.windows1258("Hà Nội, ngày 05 tháng 11 năm 2013")).orElseThrow();

        assertThat(text.charset()).isEqualTo(PlainTextReader.WINDOWS_1258);
        assertThat(text.certain()).isFalse();
        assertThat(Fixtures.nfc(text.text())).isEqualTo("Hà Nội, ngày 05 tháng 11 năm 2013");
    }

    @Test
    void readsTcvn3BytesAsTcvn3() {
        byte[] bytes = LegacyFixtures.bytes(LegacyEncoding.TCVN3, PLAN);

        DecodedText text = detecting.decode(bytes).orElseThrow();

        assertThat(text.encoding()).isEqualTo("TCVN3");
        assertThat(text.certain()).isFalse();
        assertThat(text.text()).isEqualTo(LegacyFixtures.expectedDecoding(LegacyEncoding.TCVN3, PLAN));
    }

    @Test
    void readsVniBytesAsVni() {
        DecodedText text = detecting.decode(LegacyFixtures.bytes(LegacyEncoding.VNI, PLAN)).orElseThrow();

        assertThat(text.encoding()).isEqualTo("VNI-Windows");
        assertThat(text.text()).isEqualTo(PLAN);
    }

    @Test
    void handsLegacyTextToTikaAsWindows1252() {
        DecodedText text = detecting.decode(LegacyFixtures.bytes(LegacyEncoding.VNI, PLAN)).orElseThrow();

        assertThat(text.charset()).isEqualTo(PlainTextReader.WINDOWS_1252);
    }

    @Test
    void keepsWindows1258ForWindows1258Bytes() {
        DecodedText text = detecting.decode(LegacyFixtures.windows1258Bytes(PLAN)).orElseThrow();

        assertThat(text.encoding()).isEqualTo("windows-1258");
        assertThat(Fixtures.nfc(text.text())).isEqualTo(PLAN);
    }

    @Test
    void keepsWindows1258ForLatinText() {
        byte[] french = "Résumé : la façade du café, déjà vue à Noël. Où êtes-vous ?".getBytes(PlainTextReader.WINDOWS_1252);

        assertThat(detecting.decode(french).orElseThrow().encoding()).isEqualTo("windows-1258");
    }

    @Test
    void keepsUtf8EvenWhenItsCharactersAreLegacyCodes() {
        String ansi = LegacyFixtures.ansi(LegacyEncoding.TCVN3, PLAN);

        DecodedText text = detecting.decode(ansi.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(text.encoding()).isEqualTo("UTF-8");
        assertThat(text.text()).as("the normalize stage decodes it, line by line").isEqualTo(ansi);
    }

    @Test
    void readsAShortTcvn3Line() {
        DecodedText text = detecting.decode(LegacyFixtures.bytes(LegacyEncoding.TCVN3, "Hà Nội, ngày 05 tháng 11 năm 2013"))
                .orElseThrow();

        assertThat(text.text()).isEqualTo("Hà Nội, ngày 05 tháng 11 năm 2013");
    }

    @Test
    void takesAConfidentIcuGuessForAnotherScript() {
        String japanese = "日本国政府の計画文書です。これは日本語のテキストであり、文字コードはシフトJISです。";

        DecodedText text = detecting.decode(japanese.getBytes(Charset.forName("Shift_JIS"))).orElseThrow();

        assertThat(text.charset().name()).isEqualTo("Shift_JIS");
        assertThat(text.text()).isEqualTo(japanese);
    }

    @Test
    void refusesRandomBytesAsNotText() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);

        assertThat(detecting.decode(junk)).isEmpty();
    }

    @Test
    void refusesNulBytesAsNotText() {
        assertThat(detecting.decode(new byte[1000])).isEmpty();
    }

    @Test
    void toleratesAFewControlCharactersInText() {
        assertThat(PlainTextReader.isText("Trang 1\f\tTrang 2\u0007 và còn nhiều chữ nữa")).isTrue();
        assertThat(PlainTextReader.isText("\u0001\u0002\u0003 ab")).isFalse();
    }

    @Test
    void decodesWithTheGivenCharsetAndCallsItCertain() {
        PlainTextReader utf16 = new PlainTextReader(StandardCharsets.UTF_16LE);

        DecodedText text = utf16.decode("Quý".getBytes(StandardCharsets.UTF_16LE)).orElseThrow();

        assertThat(text.text()).isEqualTo("Quý");
        assertThat(text.certain()).isTrue();
    }
}
