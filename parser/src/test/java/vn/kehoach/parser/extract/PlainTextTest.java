package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.parser.extract.CompactPrint.print;
import static vn.kehoach.parser.extract.Fixtures.NATION;
import static vn.kehoach.parser.extract.Fixtures.QUARTER;
import static vn.kehoach.parser.extract.Fixtures.nfc;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.DocumentReadException;

/** Plain text: read directly, charset detected, one block per line. */
class PlainTextTest {
    private static final String PLAN = NATION + "\n\nKẾ HOẠCH\n" + QUARTER + "\n";
    private static final List<String> PLAN_LINES = List.of(NATION, "", "KẾ HOẠCH", QUARTER);

    private final TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null);

    private ExtractedDocument read(byte[] bytes, String name) throws DocumentReadException {
        return extractor.extract(new ByteArrayInputStream(bytes), name);
    }

    @Test
    void readsUtf8AsTextPlainWithOneBlockPerLineBlankLinesIncluded() throws Exception {
        ExtractedDocument doc = read(PLAN.getBytes(StandardCharsets.UTF_8), "plan.txt");

        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.name()).isEqualTo("plan.txt");
        assertThat(print(doc.blocks())).containsExactlyElementsOf(PLAN_LINES);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ExtractedDocument doc = read(concat(bom, PLAN.getBytes(StandardCharsets.UTF_8)), "plan.txt");

        assertThat(print(doc.blocks())).containsExactlyElementsOf(PLAN_LINES);
    }

    static Stream<Arguments> utf16() {
        return Stream.of(
                Arguments.of("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PLAN.getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16BE with BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PLAN.getBytes(StandardCharsets.UTF_16BE))),
                Arguments.of("UTF-16LE without BOM", PLAN.getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16BE without BOM", PLAN.getBytes(StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("utf16")
    void readsUtf16WithOrWithoutByteOrderMark(String label, byte[] bytes) throws Exception {
        ExtractedDocument doc = read(bytes, "plan.txt");

        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(print(doc.blocks())).containsExactlyElementsOf(PLAN_LINES);
    }

    @Test
    void readsLegacyWindows1258WhenTheBytesAreNotUtf8() throws Exception {
        ExtractedDocument doc = read(Fixtures.windows1258(PLAN), "plan.txt");

        // windows-1258 keeps tones as combining marks: the text survives exactly up to NFC.
        assertThat(print(doc.blocks())).extracting(Fixtures::nfc).containsExactlyElementsOf(PLAN_LINES);
    }

    @Test
    void readsAShortWindows1258Line() throws Exception {
        ExtractedDocument doc = read(Fixtures.windows1258(QUARTER), "q.txt");

        assertThat(doc.blocks()).hasSize(1);
        assertThat(nfc(((TextBlock) doc.blocks().get(0)).text())).isEqualTo(QUARTER);
    }

    @Test
    void usesTheCharsetGivenOverDetection() throws Exception {
        byte[] utf8 = "Hà Nội, ngày 05 tháng 11 năm 2013".getBytes(StandardCharsets.UTF_8);
        Charset cp1252 = Charset.forName("windows-1252");
        TextExtractor given = new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, cp1252);

        ExtractedDocument doc = given.extract(new ByteArrayInputStream(utf8), "x.txt");

        assertThat(print(doc.blocks())).containsExactly(new String(utf8, cp1252));
    }

    @Test
    void splitsLinesAtCrLfCrAndLfWithoutAnExtraLineForTheFinalBreak() throws Exception {
        ExtractedDocument doc = read("một\r\nhai\rba\n\nnăm\r\n".getBytes(StandardCharsets.UTF_8), "x.txt");

        assertThat(print(doc.blocks())).containsExactly("một", "hai", "ba", "", "năm");
    }

    @Test
    void keepsTheLastLineWithoutFinalBreak() throws Exception {
        ExtractedDocument doc = read("một\n\nhai".getBytes(StandardCharsets.UTF_8), "x.txt");

        assertThat(print(doc.blocks())).containsExactly("một", "", "hai");
    }

    @Test
    void reportsTheSha256OfTheInputBytes() throws Exception {
        ExtractedDocument doc = read("abc".getBytes(StandardCharsets.US_ASCII), "abc.txt");

        assertThat(doc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void readsPlainTextWithoutStartingTika() throws Exception {
        read(PLAN.getBytes(StandardCharsets.UTF_8), "plan.txt");

        assertThat(extractor.tikaStarted()).isFalse();
    }

    @Test
    void treatsTextMentioningPdfOrRtfSignaturesLaterOnAsText() throws Exception {
        ExtractedDocument doc = read("Ghi chú: tệp %PDF-1.4 và {\\rtf1}\n".getBytes(StandardCharsets.UTF_8), "x.txt");

        assertThat(doc.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void wrapsTextInMemoryAsLinesAndNeverFails() {
        ExtractedDocument doc = extractor.extractText(PLAN, "-");

        assertThat(doc.name()).isEqualTo("-");
        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(print(doc.blocks())).containsExactlyElementsOf(PLAN_LINES);
        assertThat(extractor.extractText("", "-").blocks()).isEmpty();
    }

    @Test
    void readsAFileWithOnlyAByteOrderMarkAsNoLines() throws Exception {
        ExtractedDocument doc = read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.txt");

        assertThat(doc.blocks()).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
