package vn.kehoach.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into blocks: each paragraph ({@code p}, {@code h1}–{@code h6}, {@code li}, text
 * in a {@code div}, ...) becomes a {@link TextBlock}, each top-level {@code table} a {@link TableBlock} with
 * the {@code colspan} and {@code rowspan} the format kept.
 *
 * <ul>
 *   <li>{@code <br>} becomes {@code '\n'}; other white space is kept as it comes (a later stage normalizes).
 *   <li>Paragraphs that are blank are dropped; inside a cell, paragraphs are joined by {@code '\n'}.
 *   <li>A table inside a cell is flattened: each of its cells becomes a paragraph of the outer cell.
 *   <li>{@code head}, {@code title}, {@code script}, {@code style}, {@code meta} and {@code template} are
 *       skipped with everything inside them.
 *   <li>Text inside a table but outside any cell (a caption) becomes a paragraph before the table.
 * </ul>
 *
 * <p>One instance per document; not thread-safe.
 */
final class XhtmlBlockHandler extends DefaultHandler {

    /** How line breaks arrive in the events of one source format. */
    enum LineBreaks {
        /** Word, ODT, RTF: {@code '\n'} in the text is a line break. */
        AS_GIVEN,
        /** HTML: a newline in the source is only white space, so it becomes a space; only {@code <br>} breaks ({@code <pre>} keeps its newlines). */
        MARKUP,
        /** PDF: Tika ends each visual line with ignorable white space; each line becomes its own paragraph. */
        VISUAL_LINES
    }

    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "meta", "template");
    private static final Set<String> BREAKING = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "address", "center", "section", "article", "aside", "header", "footer", "nav", "main",
            "figure", "figcaption", "caption", "hr", "body", "html", "form", "fieldset", "legend",
            "thead", "tbody", "tfoot");

    private final LineBreaks lineBreaks;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private int skipDepth;
    private int preDepth;
    private TableBuilder table;
    private int nestedTables;

    XhtmlBlockHandler(LineBreaks lineBreaks) {
        this.lineBreaks = lineBreaks;
    }

    /** The blocks read so far, in reading order; complete after {@code endDocument}. */
    List<Block> blocks() {
        return blocks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        switch (name) {
            case "br" -> paragraph.append('\n');
            case "table" -> {
                endParagraph();
                if (table == null) {
                    table = new TableBuilder();
                } else {
                    nestedTables++;
                }
            }
            case "tr" -> {
                endParagraph();
                if (table != null && nestedTables == 0) {
                    table.startRow();
                }
            }
            case "td", "th" -> {
                endParagraph();
                if (table != null && nestedTables == 0) {
                    table.startCell(span(atts, "colspan"), span(atts, "rowspan"));
                }
            }
            default -> {
                if (name.equals("pre")) {
                    preDepth++;
                }
                if (BREAKING.contains(name)) {
                    endParagraph();
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        String name = name(localName, qName);
        switch (name) {
            case "table" -> {
                endParagraph();
                if (nestedTables > 0) {
                    nestedTables--;
                } else if (table != null) {
                    table.build().ifPresent(blocks::add);
                    table = null;
                }
            }
            case "tr" -> {
                endParagraph();
                if (table != null && nestedTables == 0) {
                    table.endRow();
                }
            }
            case "td", "th" -> {
                endParagraph();
                if (table != null && nestedTables == 0) {
                    table.endCell();
                }
            }
            default -> {
                if (name.equals("pre")) {
                    preDepth = Math.max(0, preDepth - 1);
                }
                if (BREAKING.contains(name)) {
                    endParagraph();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\r') {
                boolean crlf = i + 1 < start + length && ch[i + 1] == '\n';
                if (crlf) {
                    continue; // the '\n' that follows stands for both
                }
                c = '\n';
            }
            if (c == '\n' && lineBreaks == LineBreaks.MARKUP && preDepth == 0) {
                c = ' ';
            }
            paragraph.append(c);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth > 0 || lineBreaks != LineBreaks.VISUAL_LINES) {
            return; // Tika's own layout: a newline after each block, a tab before each cell
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                endParagraph();
                return;
            }
        }
    }

    @Override
    public void endDocument() {
        endParagraph();
        if (table != null) {
            table.build().ifPresent(blocks::add); // unclosed table in broken markup
            table = null;
        }
    }

    private void endParagraph() {
        if (paragraph.length() == 0) {
            return;
        }
        String text = paragraph.toString();
        paragraph.setLength(0);
        if (isBlank(text)) {
            return;
        }
        if (table != null && table.inCell()) {
            table.addParagraph(text);
        } else {
            blocks.add(new TextBlock(text));
        }
    }

    /** Blank also when made of no-break spaces, as empty HTML paragraphs often are. */
    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static String name(String localName, String qName) {
        // A prefixed name stays whole: Word's HTML <o:p> is not a <p>.
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }

    private static int span(Attributes atts, String name) {
        String value = atts.getValue(name);
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1; // a span that is not a number is ignored, as browsers do
        }
    }
}
