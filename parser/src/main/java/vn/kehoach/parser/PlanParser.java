package vn.kehoach.parser;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import vn.kehoach.parser.validate.RuleConfig;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TextExtractor;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.TextNormalizer;
import vn.kehoach.parser.normalize.ToneStyle;

/**
 * Reads a Vietnamese plan document (Kế hoạch, Quyết định, Đề án, Chương trình, ...) into a
 * {@link PlanDocument}.
 *
 * <pre>{@code
 * PlanParser parser = PlanParser.builder().build();
 * PlanDocument plan = parser.parse(Path.of("55-KH-UBND.docx"));
 * }</pre>
 *
 * <p>Build one parser and reuse it: it is immutable and thread-safe. Supported formats are plain text (UTF-8,
 * UTF-16, Windows-1258, and the legacy font encodings TCVN3 and VNI-Windows), HTML, DOCX, DOC, ODT, RTF and
 * PDF; text typed in a legacy font inside any of them is decoded paragraph by paragraph. Any readable input yields a document; what
 * cannot be understood becomes a {@link vn.kehoach.model.Diagnostic}. Only unreadable input throws
 * {@link DocumentReadException}.
 */
public final class PlanParser {
    private final TextExtractor extractor;
    private final TextNormalizer normalizer;
    private final PlanAssembler assembler;

    private PlanParser(Builder b) {
        this.extractor = new TextExtractor(b.maxInputBytes, b.charset);
        this.normalizer = new TextNormalizer(b.toneStyle);
        this.assembler = new PlanAssembler(b.messageLocale, b.rules);
    }

    /** A builder with the defaults: 64 MiB input limit, detected text encoding. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a file of any supported format.
     *
     * @throws DocumentReadException when the file is missing, empty, too large, encrypted, damaged or of an
     *     unsupported format
     */
    public PlanDocument parse(Path file) throws DocumentReadException {
        return read(file).document();
    }

    /** Like {@link #parse(Path)}, with the source lines kept for showing findings in context. */
    public ParsedPlan read(Path file) throws DocumentReadException {
        Objects.requireNonNull(file, "file");
        return run(extractor.extract(file));
    }

    /**
     * Parses a stream of any supported format; the stream is read to its end but not closed.
     *
     * @param name the name reported in {@code source.path} and in errors; its extension helps detection
     * @throws DocumentReadException when the bytes cannot be read as a document
     */
    public PlanDocument parse(InputStream in, String name) throws DocumentReadException {
        return read(in, name).document();
    }

    /** Like {@link #parse(InputStream, String)}, with the source lines kept. */
    public ParsedPlan read(InputStream in, String name) throws DocumentReadException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return run(extractor.extract(in, name));
    }

    /** Parses text already in memory; {@code source.path} is {@code "-"}. Never throws for any text. */
    public PlanDocument parse(String text) {
        return read(text).document();
    }

    /** Like {@link #parse(String)}, with the source lines kept. */
    public ParsedPlan read(String text) {
        Objects.requireNonNull(text, "text");
        return run(extractor.extractText(text, "-"));
    }

    private ParsedPlan run(ExtractedDocument extracted) {
        NormalizedText text = normalizer.normalize(extracted);
        return new ParsedPlan(assembler.assemble(extracted, text), text.sourceLines());
    }

    /** Configures a {@link PlanParser}; not thread-safe, {@link #build()} freezes a copy. */
    public static final class Builder {
        private long maxInputBytes = TextExtractor.DEFAULT_MAX_BYTES;
        private Charset charset;
        private Locale messageLocale = Locale.ENGLISH;
        private ToneStyle toneStyle = ToneStyle.MODERN;
        private RuleConfig rules = RuleConfig.DEFAULTS;

        private Builder() {
        }

        /**
         * Inputs larger than this many bytes are refused with a {@link DocumentReadException}; default 64 MiB.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxInputBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxInputBytes must be positive: " + bytes);
            }
            this.maxInputBytes = bytes;
            return this;
        }

        /**
         * The encoding of plain-text input; by default it is detected (BOM, UTF-8, UTF-16, Windows-1258, TCVN3,
         * VNI-Windows). TCVN3 and VNI have no Java charset: give windows-1252 for them, and the normalize stage
         * decodes the text line by line.
         */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /** The language of diagnostic messages: English (default) or Vietnamese ({@code Locale.forLanguageTag("vi")}). */
        public Builder messageLocale(Locale locale) {
            this.messageLocale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Where tone marks go in oa, oe, uy ("hòa" or "hoà"): {@link ToneStyle#MODERN} (default, as the JSON
         * contract asks), {@link ToneStyle#OLD}, or {@link ToneStyle#KEEP} as written.
         */
        public Builder toneMarks(ToneStyle style) {
            this.toneStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        /**
         * Which validator rules run and at what severity; by default all, at their own severities. See
         * {@link vn.kehoach.parser.validate.Rules#ALL}.
         */
        public Builder rules(RuleConfig config) {
            this.rules = Objects.requireNonNull(config, "config");
            return this;
        }

        public PlanParser build() {
            return new PlanParser(this);
        }
    }
}
