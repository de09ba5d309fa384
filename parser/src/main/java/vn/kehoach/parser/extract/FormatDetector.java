package vn.kehoach.parser.extract;

import java.io.IOException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Names the media type of bytes {@link Magic} could not settle: which format a ZIP or OLE2 container holds
 * (DOCX, ODT, DOC, encrypted OOXML, a spreadsheet, a plain archive), or what binary data is (an image, ...).
 * Uses Tika's container-aware default detector, with the file name as a hint for data the content leaves
 * open. The detector (about 200 ms to build) is built on first use.
 *
 * <p>Thread-safe.
 */
final class FormatDetector {
    /** What Tika calls an OOXML document wrapped in an encrypted OLE2 container. */
    static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";
    static final String UNKNOWN = "application/octet-stream";

    private volatile Detector detector;

    /** The base media type, such as {@code "application/zip"}; {@value #UNKNOWN} when nothing fits. */
    String detect(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        if (!fileName.isEmpty()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            MediaType type = detector().detect(in, metadata);
            return type == null ? UNKNOWN : type.getBaseType().toString();
        } catch (IOException e) {
            return UNKNOWN; // the bytes are in memory: only a container detector choking on them gets here
        }
    }

    private Detector detector() {
        Detector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    d = new DefaultDetector();
                    detector = d;
                }
            }
        }
        return d;
    }
}
