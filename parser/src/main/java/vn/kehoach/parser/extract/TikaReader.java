package vn.kehoach.parser.extract;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import vn.kehoach.parser.DocumentReadException;
import vn.kehoach.parser.extract.XhtmlBlockHandler.LineBreaks;

/**
 * Reads the formats other than plain text through Apache Tika, one explicit parser per format (no service
 * loading of every parser Tika has), into blocks.
 *
 * <p>Embedded documents (pictures, OLE objects) are not read. PDF text comes in content-stream order, one
 * {@link TextBlock} per visual line; bookmarks are left out. DOCX tables get their spans back from
 * {@link DocxTableSpans}. Each parse runs under a {@link TimeLimit}.
 *
 * <p>Thread-safe: Tika's parsers are stateless once built; every call gets its own handler and context.
 */
final class TikaReader {
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new NoEmbedded();
    private static final PDFParserConfig PDF_CONFIG = pdfConfig();

    private final Map<Format, Parser> parsers = new EnumMap<>(Format.class);
    private final FormatDetector detector = new FormatDetector();
    private final TimeLimit timeLimit;

    TikaReader(Duration timeLimit) {
        this.timeLimit = new TimeLimit(timeLimit);
        parsers.put(Format.HTML, new JSoupParser());
        parsers.put(Format.PDF, new PDFParser());
        parsers.put(Format.RTF, new RTFParser());
        parsers.put(Format.DOCX, new OOXMLParser());
        parsers.put(Format.DOC, new OfficeParser());
        parsers.put(Format.ODT, new OpenDocumentParser());
    }

    /** The media type of bytes whose signature left it open, see {@link FormatDetector}. */
    String detect(byte[] bytes, String source, String fileName) throws DocumentReadException {
        try {
            return timeLimit.run(source, () -> detector.detect(bytes, fileName));
        } catch (DocumentReadException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            return FormatDetector.UNKNOWN;
        }
    }

    /**
     * The blocks of a document in {@code format} (not {@link Format#TEXT}).
     *
     * @param htmlCharset the charset of HTML input; ignored for other formats
     * @throws DocumentReadException when it is encrypted, damaged, or takes longer than the time limit
     */
    List<Block> read(byte[] bytes, String source, String fileName, Format format, Charset htmlCharset)
            throws DocumentReadException {
        Parser parser = parsers.get(format);
        if (parser == null) {
            throw new IllegalArgumentException("not a Tika format: " + format);
        }
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        context.set(PDFParserConfig.class, PDF_CONFIG);
        if (format == Format.HTML) {
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE); // else Tika drops colspan and rowspan
            context.set(EncodingDetector.class, new FixedCharset(htmlCharset));
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
        XhtmlBlockHandler handler = new XhtmlBlockHandler(lineBreaks(format));
        try {
            return timeLimit.run(source, () -> {
                try (TikaInputStream in = TikaInputStream.get(bytes)) {
                    parser.parse(in, handler, metadata, context);
                }
                List<Block> blocks = handler.blocks();
                return format == Format.DOCX ? DocxTableSpans.restore(bytes, blocks) : blocks;
            });
        } catch (DocumentReadException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw ReadFailure.of(source, e);
        }
    }

    private static LineBreaks lineBreaks(Format format) {
        return switch (format) {
            case HTML -> LineBreaks.MARKUP;
            case PDF -> LineBreaks.VISUAL_LINES;
            default -> LineBreaks.AS_GIVEN;
        };
    }

    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        config.setSortByPosition(false); // sorting by position scrambles table cells; keep content-stream order
        config.setExtractBookmarksText(false); // the outline repeats headings after the text
        // No OCR parser is wired in; left at AUTO, Tika tries OCR on pages without text and fails.
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        return config;
    }

    /** Tells Tika's HTML parser the charset the extractor settled on. */
    private static final class FixedCharset implements EncodingDetector {
        private static final long serialVersionUID = 1L;
        private final String charset;

        FixedCharset(Charset charset) {
            this.charset = charset.name();
        }

        @Override
        public Charset detect(InputStream input, Metadata metadata) {
            return Charset.forName(charset);
        }
    }

    /** Leaves embedded files (pictures, OLE objects) unread, and their names out of the text. */
    private static final class NoEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // not read
        }
    }
}
