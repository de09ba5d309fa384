package vn.kehoach.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.parser.extract.CompactPrint.print;
import static vn.kehoach.parser.extract.Fixtures.ISSUER;
import static vn.kehoach.parser.extract.Fixtures.MOTTO;
import static vn.kehoach.parser.extract.Fixtures.NATION;
import static vn.kehoach.parser.extract.Fixtures.QUARTER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.parser.DocumentReadException;

/** The formats read through Tika: what arrives as paragraphs and tables, in which order, with which spans. */
@Timeout(60) // one cold Tika start-up plus a dozen small documents; a few seconds in practice
class FormatsTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final TextExtractor EXTRACTOR = new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null);

    private static ExtractedDocument read(byte[] bytes, String name) throws DocumentReadException {
        return EXTRACTOR.extract(new ByteArrayInputStream(bytes), name);
    }

    private static final List<String> PLAN_DOCX = List.of(
            "table",
            "| " + ISSUER + "⏎TỈNH QUẢNG NINH | " + NATION + "⏎" + MOTTO + " |",
            "KẾ HOẠCH",
            "Thực hiện nhiệm vụ " + QUARTER + "⏎của các sở, ngành",
            "table",
            "| TT | Nhiệm vụ {2x1} | Thời gian hoàn thành |",
            "| 1 {1x2} | Xây dựng kế hoạch | Sở Nội vụ | " + QUARTER + " |",
            "| Kiểm tra, đôn đốc | Sở Tư pháp | Năm 2014 |",
            "Nơi nhận:");

    @Test
    void readsDocxParagraphsAndTablesInReadingOrderWithSpansFromGridSpanAndVMerge() throws Exception {
        ExtractedDocument doc = read(Fixtures.planDocx(), "55-KH-UBND.docx");

        assertThat(doc.mediaType()).isEqualTo(DOCX);
        assertThat(print(doc.blocks())).containsExactlyElementsOf(PLAN_DOCX);
    }

    @Test
    void givesDocxSpansToTheBodyTableNotToAHeaderTableOfTheSameShapeAndLeavesPicturesOut() throws Exception {
        ExtractedDocument doc = read(Fixtures.docxWithHeaderFooterAndPicture(), "p.docx");

        // Page headers come first and footers last, as Tika writes them.
        assertThat(print(doc.blocks())).containsExactly(
                "Đầu trang", "table", "| H1 | H2 |", "Thân", "sau ảnh", "table", "| A | B {2x1} |", "Chân trang");
    }

    @Test
    void readsAFileByPathNamingItByThePath(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("55-KH-UBND.docx"), Fixtures.planDocx());

        ExtractedDocument doc = EXTRACTOR.extract(file);

        assertThat(doc.name()).isEqualTo(file.toString());
        assertThat(doc.sha256()).isEqualTo(TextExtractor.sha256(Files.readAllBytes(file)));
        assertThat(print(doc.blocks())).containsExactlyElementsOf(PLAN_DOCX);
    }

    @Test
    void detectsDocxByContentWhateverItsName() throws Exception {
        ExtractedDocument doc = read(Fixtures.planDocx(), "download.bin");

        assertThat(doc.mediaType()).isEqualTo(DOCX);
        assertThat(print(doc.blocks())).containsExactlyElementsOf(PLAN_DOCX);
    }

    @Test
    void readsOdtWithColspanAndRowspanAndWithoutCoveredCells() throws Exception {
        ExtractedDocument doc = read(Fixtures.planOdt(), "plan.odt");

        assertThat(doc.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(print(doc.blocks())).containsExactly(
                "KẾ HOẠCH",
                "Thực hiện nhiệm vụ⏎" + QUARTER,
                "table",
                "| Nhiệm vụ {2x1} | Thời gian |",
                "| 1 {1x2} | Xây dựng | " + QUARTER + " |",
                "| Kiểm tra | Năm 2014 |",
                NATION);
    }

    private static final String HTML = """
            <!DOCTYPE html>
            <html><head><title>Không phải nội dung</title>
            <meta charset="utf-8"><style>td { border: 1px }</style>
            <script>var note = "không phải nội dung";</script></head>
            <body>
            <p>CỘNG HÒA XÃ HỘI
               CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p>
            <p>&nbsp;</p>
            <div>Kế hoạch <b>thực hiện</b> nhiệm vụ</div>
            <table>
              <tr><th colspan="2">Nhiệm vụ</th><th>Thời gian</th></tr>
              <tr><td rowspan="2">1</td><td>Xây dựng<table><tr><td>bước 1</td><td>bước 2</td></tr></table></td>
                  <td>Quý IV năm 2013</td></tr>
              <tr><td><p>Kiểm tra</p><p>đôn đốc</p></td><td>Năm 2014</td></tr>
            </table>
            <ul><li>Nơi nhận:</li><li>Như trên;</li></ul>
            </body></html>
            """;

    @Test
    void readsHtmlTablesWithSpansSkippingHeadScriptAndStyle() throws Exception {
        ExtractedDocument doc = read(HTML.getBytes(StandardCharsets.UTF_8), "plan.html");

        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(print(doc.blocks())).containsExactly(
                "CỘNG HÒA XÃ HỘI    CHỦ NGHĨA VIỆT NAM⏎Độc lập - Tự do - Hạnh phúc",
                "Kế hoạch thực hiện nhiệm vụ",
                "table",
                "| Nhiệm vụ {2x1} | Thời gian |",
                "| 1 {1x2} | Xây dựng⏎bước 1⏎bước 2 | " + QUARTER + " |",
                "| Kiểm tra⏎đôn đốc | Năm 2014 |",
                "Nơi nhận:",
                "Như trên;");
    }

    @Test
    void recognizesHtmlByContentWhateverItsName() throws Exception {
        ExtractedDocument doc = read(HTML.getBytes(StandardCharsets.UTF_8), "plan.txt");

        assertThat(doc.mediaType()).isEqualTo("text/html");
    }

    @Test
    void readsHtmlInUtf16WithByteOrderMark() throws Exception {
        byte[] body = HTML.replace("<meta charset=\"utf-8\">", "").getBytes(StandardCharsets.UTF_16);

        ExtractedDocument doc = read(body, "plan.htm");

        assertThat(print(doc.blocks())).contains("| Nhiệm vụ {2x1} | Thời gian |", "Nơi nhận:");
    }

    @Test
    void readsHtmlInWindows1258() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head>"
                + "<body><p>" + NATION + "</p><p>" + QUARTER + "</p></body></html>";

        ExtractedDocument doc = read(Fixtures.windows1258(page), "plan.html");

        assertThat(print(doc.blocks())).extracting(Fixtures::nfc).containsExactly(NATION, QUARTER);
    }

    @Test
    void readsRtfParagraphsWithUnicodeEscapes() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\uc1"
                + "\\pard C\\u7896?NG H\\u210?A X\\u195? H\\u7896?I\\par"
                + "\\pard Qu\\u253? IV n\\u259?m 2013\\par}";

        ExtractedDocument doc = read(rtf.getBytes(StandardCharsets.US_ASCII), "plan.rtf");

        assertThat(doc.mediaType()).isEqualTo("application/rtf");
        assertThat(print(doc.blocks())).containsExactly("CỘNG HÒA XÃ HỘI", QUARTER);
    }

    @Test
    void readsPdfOneBlockPerVisualLineInContentStreamOrder() throws Exception {
        ExtractedDocument doc = read(Fixtures.planPdf(), "plan.pdf");

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(print(doc.blocks())).containsExactly(NATION, QUARTER, "Trang 1", NATION, QUARTER, "Trang 2");
    }

    @Test
    void readsAPdfWithoutTextAsNoBlocks() throws Exception {
        ExtractedDocument doc = read(Fixtures.blankPdf(), "scan.pdf");

        assertThat(doc.blocks()).isEmpty();
    }

    @Test
    void readsDocumentsConcurrentlyWithOneExtractor() throws Exception {
        byte[] docx = Fixtures.planDocx();
        byte[] odt = Fixtures.planOdt();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedDocument>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                byte[] bytes = i % 2 == 0 ? docx : odt;
                String name = i % 2 == 0 ? "a.docx" : "a.odt";
                results.add(pool.submit(() -> read(bytes, name)));
            }
            for (int i = 0; i < results.size(); i++) {
                List<String> printed = print(results.get(i).get().blocks());
                assertThat(printed).hasSize(i % 2 == 0 ? PLAN_DOCX.size() : 7);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
