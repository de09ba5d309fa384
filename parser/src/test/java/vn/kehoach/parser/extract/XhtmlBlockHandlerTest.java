package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.parser.extract.CompactPrint.print;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import vn.kehoach.parser.extract.XhtmlBlockHandler.LineBreaks;

/** The SAX-to-blocks rules, fed with XHTML like Tika's through the JDK's own SAX parser. */
class XhtmlBlockHandlerTest {

    private static List<String> blocks(LineBreaks mode, String body) throws Exception {
        XhtmlBlockHandler handler = new XhtmlBlockHandler(mode);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Tiêu đề</title>"
                + "<meta name=\"a\" content=\"b\"/></head><body>" + body + "</body></html>";
        factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), handler);
        return print(handler.blocks());
    }

    private static List<String> blocks(String body) throws Exception {
        return blocks(LineBreaks.AS_GIVEN, body);
    }

    @Test
    void makesOneBlockPerParagraphHeadingAndListItemSkippingTheHead() throws Exception {
        assertThat(blocks("<h1>KẾ HOẠCH</h1><p>Đoạn một</p><ul><li>Mục a</li><li>Mục b</li></ul>"))
                .containsExactly("KẾ HOẠCH", "Đoạn một", "Mục a", "Mục b");
    }

    @Test
    void turnsBrIntoALineBreakAndKeepsSpacesAsTheyCome() throws Exception {
        assertThat(blocks("<p>  Dòng một <br/>dòng  hai</p>")).containsExactly("  Dòng một ⏎dòng  hai");
    }

    @Test
    void dropsBlankParagraphsIncludingNoBreakSpaces() throws Exception {
        assertThat(blocks("<p>   </p><p>\u00A0</p><p>chữ</p><p/>")).containsExactly("chữ");
    }

    @Test
    void keepsTextDirectlyInADivOrBodyAsItsOwnParagraph() throws Exception {
        assertThat(blocks("trước<div>trong <b>đậm</b> div<p>con</p>sau con</div>cuối"))
                .containsExactly("trước", "trong đậm div", "con", "sau con", "cuối");
    }

    @Test
    void skipsScriptAndStyleWithTheirContent() throws Exception {
        assertThat(blocks("<script>var a = 1;</script><style>p {}</style><p>nội dung</p>"))
                .containsExactly("nội dung");
    }

    @Test
    void buildsATableWithSpansAndJoinsParagraphsInACellByLineBreaks() throws Exception {
        assertThat(blocks("<table><tbody><tr><td colspan=\"2\"><p>a</p><p>b</p></td></tr>"
                + "<tr><td rowspan=\"3\">c</td><td></td></tr></tbody></table>"))
                .containsExactly("table", "| a⏎b {2x1} |", "| c {1x3} |  |");
    }

    @Test
    void flattensANestedTableIntoTheOuterCell() throws Exception {
        assertThat(blocks("<table><tr><td>ngoài<table><tr><td>trong 1</td><td>trong 2</td></tr>"
                + "<tr><td>trong 3</td></tr></table>sau</td><td>b</td></tr></table>"))
                .containsExactly("table", "| ngoài⏎trong 1⏎trong 2⏎trong 3⏎sau | b |");
    }

    @Test
    void putsACaptionBeforeItsTable() throws Exception {
        assertThat(blocks("<table><caption>Bảng 1</caption><tr><td>a</td></tr></table>"))
                .containsExactly("Bảng 1", "table", "| a |");
    }

    @Test
    void dropsATableWithoutCells() throws Exception {
        assertThat(blocks("<table><tr></tr></table><p>sau</p>")).containsExactly("sau");
    }

    @Test
    void keepsEmptyRowsInsideATableSoRowspansStillCount() throws Exception {
        assertThat(blocks("<table><tr><td rowspan=\"2\">a</td></tr><tr></tr></table>"))
                .containsExactly("table", "| a {1x2} |", "|");
    }

    @Test
    void ignoresSpansThatAreNotNumbersAndCapsHugeOnes() throws Exception {
        assertThat(blocks("<table><tr><td colspan=\"x\">a</td><td colspan=\"99999\" rowspan=\"0\">b</td></tr></table>"))
                .containsExactly("table", "| a | b {1000x1} |");
    }

    @Test
    void closesCellsRowsAndTablesLeftOpenByBrokenMarkup() throws Exception {
        XhtmlBlockHandler handler = new XhtmlBlockHandler(LineBreaks.AS_GIVEN);
        handler.startElement("", "table", "table", new org.xml.sax.helpers.AttributesImpl());
        handler.startElement("", "td", "td", new org.xml.sax.helpers.AttributesImpl());
        handler.characters("ô".toCharArray(), 0, 1);
        handler.endDocument();

        assertThat(print(handler.blocks())).containsExactly("table", "| ô |");
    }

    @Test
    void turnsSourceNewlinesIntoSpacesForHtmlButNotInsidePre() throws Exception {
        assertThat(blocks(LineBreaks.MARKUP, "<p>một\nhai</p><pre>ba\nbốn</pre>"))
                .containsExactly("một hai", "ba⏎bốn");
    }

    @Test
    void keepsNewlinesInTextForWordFormats() throws Exception {
        assertThat(blocks("<p>một\r\nhai\rba</p>")).containsExactly("một⏎hai⏎ba");
    }

    @Test
    void makesEachPdfVisualLineItsOwnBlock() throws Exception {
        XhtmlBlockHandler handler = new XhtmlBlockHandler(LineBreaks.VISUAL_LINES);
        org.xml.sax.helpers.AttributesImpl none = new org.xml.sax.helpers.AttributesImpl();
        handler.startElement("", "p", "p", none);
        handler.characters("dòng 1".toCharArray(), 0, 6);
        handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
        handler.characters("dòng 2".toCharArray(), 0, 6);
        handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
        handler.endElement("", "p", "p");
        handler.endDocument();

        assertThat(print(handler.blocks())).containsExactly("dòng 1", "dòng 2");
    }

    @Test
    void ignoresTikasLayoutWhitespaceOutsidePdf() throws Exception {
        XhtmlBlockHandler handler = new XhtmlBlockHandler(LineBreaks.AS_GIVEN);
        org.xml.sax.helpers.AttributesImpl none = new org.xml.sax.helpers.AttributesImpl();
        handler.startElement("", "p", "p", none);
        handler.characters("a".toCharArray(), 0, 1);
        handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
        handler.characters("b".toCharArray(), 0, 1);
        handler.endElement("", "p", "p");
        handler.endDocument();

        assertThat(print(handler.blocks())).containsExactly("ab");
    }
}
