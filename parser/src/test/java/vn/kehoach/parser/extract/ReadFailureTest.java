package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReadFailureTest {

    @Test
    void takesTheInnermostMessageWithoutClassNames() {
        IOException e = new IOException("org.apache.poi.ooxml.POIXMLException: org.apache.xmlbeans.XmlException: error: bad end",
                new IllegalStateException("org.apache.xmlbeans.XmlException: error: XML document structures must end"));

        assertThat(ReadFailure.shortCause(e)).isEqualTo("XML document structures must end");
    }

    @Test
    void keepsTheFirstLineOnly() {
        assertThat(ReadFailure.shortCause(new IOException("first line\n\tat somewhere"))).isEqualTo("first line");
    }

    @Test
    void shortensLongMessages() {
        String cause = ReadFailure.shortCause(new IOException("x".repeat(500)));

        assertThat(cause).hasSize(ReadFailure.MAX_CAUSE).endsWith("…");
    }

    @Test
    void namesTheExceptionWhenNothingSaysMore() {
        assertThat(ReadFailure.shortCause(new java.util.zip.ZipException())).isEqualTo("ZipException");
    }

    @Test
    void callsAnyEncryptionCauseEncrypted() {
        Exception e = new IOException("wrapped", new org.apache.tika.exception.EncryptedDocumentException("locked"));

        assertThat(ReadFailure.of("a.pdf", e).reason()).isEqualTo("is encrypted");
    }

    @Test
    void callsOtherFailuresDamaged() {
        assertThat(ReadFailure.of("a.docx", new IOException("Truncated ZIP file")).reason())
                .isEqualTo("is damaged or truncated (Truncated ZIP file)");
    }
}
