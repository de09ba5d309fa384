package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Magic} and {@link HtmlRecognizer}: telling formats apart without Tika. */
class SignaturesTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void recognizesPdfAndRtfAfterBomAndWhiteSpace() {
        assertThat(Magic.of(ascii("%PDF-1.4\n"))).contains(Magic.PDF);
        assertThat(Magic.of(ascii("\u00EF\u00BB\u00BF \r\n%PDF-1.7"))).contains(Magic.PDF);
        assertThat(Magic.of(ascii("{\\rtf1\\ansi}"))).contains(Magic.RTF);
    }

    @Test
    void recognizesZipAndOleContainers() {
        assertThat(Magic.of(ascii("PK\u0003\u0004rest"))).contains(Magic.ZIP);
        assertThat(Magic.of(ascii("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1rest"))).contains(Magic.OLE);
    }

    @Test
    void recognizesNothingInTextOrShortInput() {
        assertThat(Magic.of(ascii("Kế hoạch %PDF-"))).isEmpty();
        assertThat(Magic.of(ascii("PK"))).isEmpty();
        assertThat(Magic.of(new byte[0])).isEmpty();
    }

    @Test
    void recognizesHtmlByItsOpeningAfterCommentsAndXmlDeclaration() {
        assertThat(HtmlRecognizer.recognizes("<!DOCTYPE html><html>", "txt")).isTrue();
        assertThat(HtmlRecognizer.recognizes("\n  <HTML lang=vi>", "")).isTrue();
        assertThat(HtmlRecognizer.recognizes("<?xml version=\"1.0\"?>\n<!-- saved -->\n<html>", "")).isTrue();
        assertThat(HtmlRecognizer.recognizes("<body><p>a", "")).isTrue();
    }

    @Test
    void recognizesAFragmentAsHtmlOnlyWhenTheNameSaysSo() {
        assertThat(HtmlRecognizer.recognizes("<p>Kế hoạch</p>", "html")).isTrue();
        assertThat(HtmlRecognizer.recognizes("<p>Kế hoạch</p>", "txt")).isFalse();
        assertThat(HtmlRecognizer.recognizes("Kế hoạch <html>", "html")).isFalse();
    }

    @Test
    void mapsMediaTypesToFormatsIncludingAliases() {
        assertThat(Format.ofMediaType("application/msword")).contains(Format.DOC);
        assertThat(Format.ofMediaType("application/vnd.ms-word.document.macroEnabled.12")).contains(Format.DOCX);
        assertThat(Format.ofMediaType("image/png")).isEmpty();
    }
}
