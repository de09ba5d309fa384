package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Charset detection and the text check, below the extractor. */
class PlainTextReaderTest {
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
