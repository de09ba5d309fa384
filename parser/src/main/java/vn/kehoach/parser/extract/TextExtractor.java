package vn.kehoach.parser.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.kehoach.parser.DocumentReadException;

/**
 * Reads a document of any supported format into an {@link ExtractedDocument} of paragraphs and tables.
 *
 * <p>Formats, told apart by content (the file name's extension is only a hint where the content leaves it
 * open):
 *
 * <ul>
 *   <li>plain text, read directly (never through Tika): one {@link TextBlock} per line, blank lines
 *       included, so block <i>n</i> is line <i>n</i> of the file. The charset is the one given, else detected:
 *       BOM, UTF-16 without BOM, UTF-8, a confident ICU4J guess, else windows-1258; the legacy font encodings
 *       TCVN3 and VNI-Windows win over the guess when they read clearly more like Vietnamese;
 *   <li>HTML, DOCX, DOC, ODT, RTF and PDF through Apache Tika: one {@link TextBlock} per paragraph, one
 *       {@link TableBlock} per table. Spans survive from HTML, ODT and DOCX; DOC keeps rows and cells but no
 *       spans (a cell merged across columns is one cell, a vertically merged cell leaves empty cells below);
 *       RTF and PDF have no tables (each cell is a paragraph); PDF gives one block per visual line, in
 *       content-stream order.
 * </ul>
 *
 * <p>Text is passed through as the format has it (it may be NFD, with odd spaces): the normalize stage
 * cleans it.
 *
 * <p>Limits: inputs over {@code maxBytes} are refused before they are parsed; a Tika parse that runs longer
 * than 60 seconds is abandoned (see {@link TimeLimit}). Tika is set up once per extractor, on the first input
 * that is not plain text, so text-only use never pays its start-up. Nothing is written to stdout or stderr.
 *
 * <p>Thread-safe once constructed: build one and reuse it.
 */
public final class TextExtractor {
    /** Inputs larger than this are refused unless configured otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    /** Java arrays stop a little short of 2 GiB. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final long maxBytes;
    private final PlainTextReader plainText;
    private final Duration timeLimit;
    private volatile TikaReader tika;

    /**
     * @param maxBytes inputs larger than this are refused with a {@link DocumentReadException}; limits from
     *     2 GiB up act as 2 GiB less a few bytes (the largest Java array)
     * @param charsetOrNull the charset of plain-text and HTML input, or null to detect it
     * @throws IllegalArgumentException when {@code maxBytes} is not positive
     */
    public TextExtractor(long maxBytes, Charset charsetOrNull) {
        this(maxBytes, charsetOrNull, TimeLimit.DEFAULT);
    }

    /** As the public constructor, with the time limit of one Tika parse. */
    TextExtractor(long maxBytes, Charset charsetOrNull, Duration timeLimit) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = Math.min(maxBytes, MAX_ARRAY - 1);
        this.plainText = new PlainTextReader(charsetOrNull);
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /**
     * Reads a file; the source name in the result and in errors is {@code file.toString()}.
     *
     * @throws DocumentReadException when the file is missing ("no such file"), a directory, unreadable, empty,
     *     larger than the limit, encrypted, damaged or truncated, binary data that is not a document, of an
     *     unsupported format, or too slow to parse
     */
    public ExtractedDocument extract(Path file) throws DocumentReadException {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new DocumentReadException(source, "is a directory");
        }
        if (!Files.exists(file)) {
            throw new DocumentReadException(source, "no such file");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(source);
            }
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return extract(in, source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Reads a stream to its end (or one byte past the limit); the stream is not closed.
     *
     * @param name the source name reported in the result and in errors; its extension is a hint to detection
     * @throws DocumentReadException as for {@link #extract(Path)}
     */
    public ExtractedDocument extract(InputStream in, String name) throws DocumentReadException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) (maxBytes + 1)); // one byte past the limit tells "too large"
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name);
        }
        if (bytes.length == 0) {
            throw new DocumentReadException(name, "is empty");
        }
        return read(bytes, name);
    }

    /** Wraps text that is already in memory as plain text, one block per line; never fails. */
    public ExtractedDocument extractText(String text, String name) {
        return new ExtractedDocument(name, Format.TEXT.mediaType(), sha256(text.getBytes(StandardCharsets.UTF_8)),
                lines(text));
    }

    private ExtractedDocument read(byte[] bytes, String source) throws DocumentReadException {
        String fileName = fileName(source);
        Optional<Magic> magic = Magic.of(bytes);
        if (magic.isEmpty()) {
            Optional<DecodedText> text = plainText.decode(bytes);
            if (text.isPresent()) {
                return readText(bytes, source, fileName, text.get());
            }
        }
        Optional<Format> signed = magic.flatMap(Magic::format);
        String type = signed.isPresent() ? signed.get().mediaType() : tika().detect(bytes, source, fileName);
        if (type.equals(FormatDetector.ENCRYPTED_OOXML)) {
            throw new DocumentReadException(source, "is encrypted");
        }
        Optional<Format> format = Format.ofMediaType(type);
        if (format.isEmpty()) {
            throw new DocumentReadException(source, "unsupported format (" + type + ")");
        }
        if (format.get() == Format.TEXT || format.get() == Format.HTML) {
            // Tika went by the name, but the bytes failed the text check above.
            throw new DocumentReadException(source, "is binary data, not text");
        }
        return document(source, type, bytes, tika().read(bytes, source, fileName, format.get(), null));
    }

    private ExtractedDocument readText(byte[] bytes, String source, String fileName, DecodedText text)
            throws DocumentReadException {
        if (!HtmlRecognizer.recognizes(text.text(), extension(fileName))) {
            return document(source, Format.TEXT.mediaType(), bytes, lines(text.text()));
        }
        Charset charset = text.certain() ? text.charset() : HtmlCharset.declared(bytes).orElse(text.charset());
        return document(source, Format.HTML.mediaType(), bytes, tika().read(bytes, source, fileName, Format.HTML, charset));
    }

    private static ExtractedDocument document(String source, String mediaType, byte[] bytes, List<Block> blocks) {
        return new ExtractedDocument(source, mediaType, sha256(bytes), blocks);
    }

    private TikaReader tika() {
        TikaReader t = tika;
        if (t == null) {
            synchronized (this) {
                t = tika;
                if (t == null) {
                    t = new TikaReader(timeLimit);
                    tika = t;
                }
            }
        }
        return t;
    }

    /** True once Tika has been set up, which plain text never does. */
    boolean tikaStarted() {
        return tika != null;
    }

    private DocumentReadException tooLarge(String source) {
        String limit = maxBytes % (1L << 20) == 0 ? (maxBytes >> 20) + " MiB" : maxBytes + " bytes";
        return new DocumentReadException(source, "is larger than the limit of " + limit);
    }

    private static DocumentReadException unreadable(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DocumentReadException(source, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new DocumentReadException(source, "cannot be read (permission denied)", e);
        }
        return new DocumentReadException(source, "cannot be read (" + ReadFailure.shortCause(e) + ")", e);
    }

    /**
     * One block per line: lines end at CRLF, CR or LF; a line break at the very end does not start another
     * line, so "a\nb\n" has two lines, as editors count them.
     */
    static List<Block> lines(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            blocks.add(new TextBlock(lines[i]));
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

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
