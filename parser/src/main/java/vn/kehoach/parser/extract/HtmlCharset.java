package vn.kehoach.parser.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * The charset an HTML page declares in its {@code <meta>} tags, read with Tika's detector. Consulted only
 * when the bytes themselves did not settle the charset (no BOM, not valid UTF-8 or UTF-16).
 */
final class HtmlCharset {
    private HtmlCharset() {
    }

    static Optional<Charset> declared(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return Optional.ofNullable(new HtmlEncodingDetector().detect(in, new Metadata()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no usable declaration: keep the guess
        }
    }
}
