package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.parser.DocumentReadException;

/** Input that cannot be read: each fails with one {@link DocumentReadException} and a one-line reason. */
@Timeout(60)
class BadInputTest {
    private static final TextExtractor EXTRACTOR = new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null);

    @TempDir
    Path dir;

    private static DocumentReadException failure(byte[] bytes, String name) {
        return failure(EXTRACTOR, bytes, name);
    }

    private static DocumentReadException failure(TextExtractor extractor, byte[] bytes, String name) {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> extractor.extract(new ByteArrayInputStream(bytes), name));
        assertThat(e).as("expected a DocumentReadException").isNotNull();
        assertThat(e.source()).isEqualTo(name);
        assertThat(e.getMessage()).isEqualTo(name + ": " + e.reason()).doesNotContain("\n", "\tat ", "Exception");
        return e;
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("missing.docx");

        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> EXTRACTOR.extract(missing));

        assertThat(e.getMessage()).isEqualTo(missing + ": no such file");
    }

    @Test
    void reportsADirectory() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> EXTRACTOR.extract(dir));

        assertThat(e.reason()).isEqualTo("is a directory");
    }

    @Test
    void reportsAnEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> EXTRACTOR.extract(empty));

        assertThat(e.getMessage()).isEqualTo(empty + ": is empty");
    }

    @Test
    void refusesAStreamOverTheLimitInBytes() {
        TextExtractor small = new TextExtractor(100, null);

        assertThat(failure(small, new byte[101], "big.txt").reason()).isEqualTo("is larger than the limit of 100 bytes");
    }

    @Test
    void refusesAFileOverTheLimitInMebibytesBeforeReadingIt() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), "a".repeat((1 << 20) + 1).getBytes(StandardCharsets.US_ASCII));
        TextExtractor oneMiB = new TextExtractor(1 << 20, null);

        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> oneMiB.extract(big));

        assertThat(e.reason()).isEqualTo("is larger than the limit of 1 MiB");
    }

    @Test
    void readsInputOfExactlyTheLimit() throws Exception {
        TextExtractor small = new TextExtractor(3, null);

        assertThat(small.extract(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), "x.txt").blocks())
                .hasSize(1);
    }

    @Test
    void takesAnyPositiveLimitAndRefusesOthers() throws Exception {
        TextExtractor unlimited = new TextExtractor(Long.MAX_VALUE, null);

        assertThat(unlimited.extract(new ByteArrayInputStream(new byte[] {'a'}), "a.txt").blocks()).hasSize(1);
        assertThatThrownBy(() -> new TextExtractor(0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAnEncryptedPdf() {
        assertThat(failure(Fixtures.encryptedPdf(), "secret.pdf").reason()).isEqualTo("is encrypted");
    }

    @Test
    void reportsAnEncryptedDocx() {
        assertThat(failure(Fixtures.encryptedDocx(), "secret.docx").reason()).isEqualTo("is encrypted");
    }

    @Test
    void reportsATruncatedDocxAsDamagedWithAShortCause() {
        DocumentReadException e = failure(Fixtures.truncated(Fixtures.planDocx(), 0.5), "cut.docx");

        assertThat(e.reason()).matches("is damaged or truncated \\(.{3,120}\\)");
    }

    @Test
    void reportsATruncatedPdfAsDamaged() {
        // PDFBox repairs what it can: a PDF cut after its page tree still reads. This cut loses the page tree.
        DocumentReadException e = failure(Fixtures.truncated(Fixtures.blankPdf(), 0.3), "cut.pdf");

        assertThat(e.reason()).startsWith("is damaged or truncated (");
    }

    @Test
    void reportsATruncatedOdtAsDamaged() {
        DocumentReadException e = failure(Fixtures.truncated(Fixtures.planOdt(), 0.9), "cut.odt");

        assertThat(e.reason()).startsWith("is damaged or truncated (");
    }

    @Test
    void reportsRandomBytesAsUnsupported() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        assertThat(failure(junk, "junk.bin").reason()).isEqualTo("unsupported format (application/octet-stream)");
    }

    @Test
    void reportsBinaryDataNamedLikeTextAsNotText() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        assertThat(failure(junk, "junk.txt").reason()).isEqualTo("is binary data, not text");
    }

    @Test
    void reportsNulBytesAsUnsupported() {
        assertThat(failure(new byte[2000], "zeros").reason()).isEqualTo("unsupported format (application/octet-stream)");
    }

    @Test
    void reportsAnImageAsUnsupported() {
        assertThat(failure(Fixtures.png(), "scan.png").reason()).isEqualTo("unsupported format (image/png)");
    }

    @Test
    void reportsAZipArchiveThatIsNotADocumentAsUnsupported() {
        assertThat(failure(Fixtures.plainZip(), "files.zip").reason()).isEqualTo("unsupported format (application/zip)");
    }

    @Test
    void reportsASpreadsheetAsUnsupported() {
        assertThat(failure(Fixtures.xls(), "plan.xls").reason())
                .isEqualTo("unsupported format (application/vnd.ms-excel)");
    }

    @Test
    void reportsAPdfSignatureFollowedByJunkAsDamaged() {
        byte[] fake = "%PDF-1.7\n garbage that is no PDF at all".getBytes(StandardCharsets.US_ASCII);

        assertThat(failure(fake, "fake.pdf").reason()).startsWith("is damaged or truncated (");
    }
}
