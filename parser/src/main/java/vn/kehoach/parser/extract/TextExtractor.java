package vn.kehoach.parser.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.kehoach.parser.DocumentReadException;

/**
 * Reads a document of any supported format into blocks. Placeholder: plain UTF-8 text only until the Tika
 * stage lands.
 *
 * <p>Thread-safe once constructed.
 */
public final class TextExtractor {
    /** Inputs larger than this are refused unless configured otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final long maxBytes;
    private final Charset charset;

    /**
     * @param maxBytes inputs larger than this are refused with a {@link DocumentReadException}
     * @param charset the charset of plain-text input, or null to detect it
     */
    public TextExtractor(long maxBytes, Charset charset) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.charset = charset;
    }

    public ExtractedDocument extract(Path file) throws DocumentReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return extract(in, file.toString());
        } catch (IOException e) {
            throw new DocumentReadException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public ExtractedDocument extract(InputStream in, String name) throws DocumentReadException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new DocumentReadException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > maxBytes) {
            throw new DocumentReadException(name, "is larger than the limit of " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw new DocumentReadException(name, "is empty");
        }
        String text = new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
        return new ExtractedDocument(name, "text/plain", sha256(bytes), lines(text));
    }

    /** Wraps text that is already in memory; never fails. */
    public ExtractedDocument extractText(String text, String name) {
        return new ExtractedDocument(name, "text/plain", sha256(text.getBytes(StandardCharsets.UTF_8)), lines(text));
    }

    static List<Block> lines(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            blocks.add(new TextBlock(line));
        }
        return blocks;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
