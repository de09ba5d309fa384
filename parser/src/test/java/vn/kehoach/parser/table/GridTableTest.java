package vn.kehoach.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.parser.extract.Block;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.extract.TableBlock.TableCell;
import vn.kehoach.parser.extract.TableBlock.TableRow;
import vn.kehoach.parser.extract.TextBlock;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.TextNormalizer;
import vn.kehoach.parser.outline.LayoutRecognizer;

/** Real tables as the extract stage gives them: rows of cells with their spans. */
class GridTableTest {
    private static final TableRecognizer TABLES = new TableRecognizer();
    private static final List<String> HEADER = List.of("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Sản phẩm", "Thời gian hoàn thành");

    @Test
    void repeatsMergedLeadIntoEveryRowItCovers() {
        TableBlock table = table(HEADER,
                row(cell("I"), span("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5, 1)),
                row(cell("1"), cell("Rà soát thủ tục"), span("Văn phòng Bộ", 1, 3), cell("Các Cục"), cell("Báo cáo"),
                        cell("Quý IV/2025")),
                row(cell("2"), cell("Xây dựng phương án"), cell("Vụ Pháp chế"), cell("Phương án"), cell("Quý II/2026")),
                row(cell("3"), cell("Công bố thủ tục"), cell(""), cell("Quyết định công bố"), cell("Năm 2026")));

        assertThat(print(document(table))).isEqualTo("""
                table 0 GRID: NUMBER TASK LEAD COOPERATING PRODUCT DEADLINE
                I GROUP TASK=CẢI CÁCH THỦ TỤC HÀNH CHÍNH
                1 [CẢI CÁCH THỦ TỤC HÀNH CHÍNH] TASK=Rà soát thủ tục | LEAD=Văn phòng Bộ | COOPERATING=Các Cục \
                | PRODUCT=Báo cáo | DEADLINE=Quý IV/2025
                2 [CẢI CÁCH THỦ TỤC HÀNH CHÍNH] TASK=Xây dựng phương án | LEAD=Văn phòng Bộ \
                | COOPERATING=Vụ Pháp chế | PRODUCT=Phương án | DEADLINE=Quý II/2026
                3 [CẢI CÁCH THỦ TỤC HÀNH CHÍNH] TASK=Công bố thủ tục | LEAD=Văn phòng Bộ | PRODUCT=Quyết định công bố \
                | DEADLINE=Năm 2026""");
    }

    @Test
    void fillsEveryColumnOfAMergedCellButATitleRow() {
        TableBlock table = table(HEADER,
                row(cell("1"), cell("Kiểm tra định kỳ"), span("Sở Nội vụ và các sở, ngành", 2, 1), cell("Kết luận"),
                        cell("Thường xuyên")));

        assertThat(print(document(table))).endsWith("""
                1 TASK=Kiểm tra định kỳ | LEAD=Sở Nội vụ và các sở, ngành | COOPERATING=Sở Nội vụ và các sở, ngành \
                | PRODUCT=Kết luận | DEADLINE=Thường xuyên""");
    }

    @Test
    void joinsTheLinesOfACell() {
        TableBlock table = table(HEADER,
                row(cell("1"), cell("Xây dựng, cập nhật chương trình\n+ kiến thức cải cách;\n+ kỹ năng."),
                        cell("Bộ Nội vụ"), cell("Bộ Tư pháp,\nBộ Tài chính"), cell("Tài liệu"), cell("Năm 2022;\nNăm 2026")));

        assertThat(print(document(table))).endsWith("""
                1 TASK=Xây dựng, cập nhật chương trình + kiến thức cải cách; + kỹ năng. | LEAD=Bộ Nội vụ \
                | COOPERATING=Bộ Tư pháp, Bộ Tài chính | PRODUCT=Tài liệu | DEADLINE=Năm 2022; Năm 2026""");
    }

    @Test
    void continuesATableBrokenInTwoWithoutASecondHeader() {
        TableBlock first = table(HEADER,
                row(cell("1"), cell("Nhiệm vụ một"), cell("Sở A"), cell("Sở B"), cell("Báo cáo"), cell("Năm 2025")));
        TableBlock second = new TableBlock(List.of(
                row(cell("2"), cell("Nhiệm vụ hai"), cell("Sở C"), cell("Sở D"), cell("Đề án"), cell("Năm 2026"))));

        List<TaskTable> tables = recognize(List.of(new TextBlock("KẾ HOẠCH"), new TextBlock("PHỤ LỤC"), first, second));

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).tasks()).extracting(TaskRow::number).containsExactly("1", "2");
    }

    @Test
    void continuesATableWhoseSecondPartRepeatsTheHeader() {
        TableBlock first = table(HEADER,
                row(cell("1"), cell("Nhiệm vụ một"), cell("Sở A"), cell("Sở B"), cell("Báo cáo"), cell("Năm 2025")));
        TableBlock second = table(HEADER,
                row(cell("2"), cell("Nhiệm vụ hai"), cell("Sở C"), cell("Sở D"), cell("Đề án"), cell("Năm 2026")));

        List<TaskTable> tables = recognize(List.of(new TextBlock("KẾ HOẠCH"), new TextBlock("PHỤ LỤC"), first, second));

        assertThat(tables).singleElement().satisfies(
                t -> assertThat(t.tasks()).extracting(TaskRow::number).containsExactly("1", "2"));
    }

    @Test
    void readsTheRowsOfATableUnderAHeaderPrintedAsATableOfItsOwn() {
        TableBlock header = new TableBlock(List.of(new TableRow(HEADER.stream().map(GridTableTest::cell).toList())));
        TableBlock rows = new TableBlock(List.of(
                row(cell("1"), cell("Nhiệm vụ một"), cell("Sở A"), cell("Sở B"), cell("Báo cáo"), cell("Năm 2025"))));

        List<TaskTable> tables = recognize(List.of(new TextBlock("KẾ HOẠCH"), new TextBlock("PHỤ LỤC"), header, rows));

        assertThat(tables).singleElement().satisfies(
                t -> assertThat(t.tasks()).extracting(TaskRow::number).containsExactly("1"));
    }

    @Test
    void keepsTwoTablesApartWhenTheSecondNumbersFromOneAgain() {
        TableBlock first = table(HEADER,
                row(cell("1"), cell("Nhiệm vụ năm 2025"), cell("Sở A"), cell(""), cell(""), cell("Năm 2025")));
        TableBlock second = table(HEADER,
                row(cell("1"), cell("Nhiệm vụ năm 2026"), cell("Sở C"), cell(""), cell(""), cell("Năm 2026")));

        List<TaskTable> tables = recognize(List.of(new TextBlock("KẾ HOẠCH"), new TextBlock("PHỤ LỤC"), first, second));

        assertThat(tables).hasSize(2);
    }

    @Test
    void takesAnUntitledFirstColumnOfRowNumbersForTheNumberColumn() {
        TableBlock table = table(List.of("", "Nhiệm vụ", "Chủ trì", "Thời hạn"),
                row(cell("1"), cell("Hoàn thiện thể chế")),
                row(cell("1.1"), cell("Rà soát văn bản"), cell("Sở Tư pháp"), cell("Quý IV/2025")));

        assertThat(print(document(table))).isEqualTo("""
                table 0 GRID: NUMBER TASK LEAD DEADLINE
                1 GROUP TASK=Hoàn thiện thể chế
                1.1 [Hoàn thiện thể chế] TASK=Rà soát văn bản | LEAD=Sở Tư pháp | DEADLINE=Quý IV/2025""");
    }

    @Test
    void ignoresTheLayoutTablesOfHeaderAndClosing() {
        TableBlock header = new TableBlock(List.of(
                row(cell("ỦY BAN NHÂN DÂN\nTỈNH SƠN HÀ"), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")),
                row(cell("Số: 45/KH-UBND"), cell("Sơn Hà, ngày 05 tháng 3 năm 2025"))));
        TableBlock closing = new TableBlock(List.of(
                row(cell("Nơi nhận:\n- Như trên;\n- Lưu: VT."), cell("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A"))));
        TableBlock tasks = table(HEADER,
                row(cell("1"), cell("Nhiệm vụ"), cell("Sở A"), cell(""), cell(""), cell("Năm 2025")));

        List<TaskTable> tables = recognize(List.of(header, new TextBlock("KẾ HOẠCH"), new TextBlock("Nội dung"),
                closing, new TextBlock("PHỤ LỤC"), tasks));

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.appendix()).isZero();
            assertThat(t.tasks()).hasSize(1);
        });
    }

    @Test
    void readsRolesUnderATwoRowHeader() {
        TableBlock table = new TableBlock(List.of(
                row(span("STT", 1, 2), span("Tên nhiệm vụ", 1, 2), span("Cơ quan thực hiện", 2, 1), span("Tiến độ", 1, 2)),
                row(cell("Chủ trì"), cell("Phối hợp")),
                row(cell("1"), cell("Nhiệm vụ"), cell("Sở A"), cell("Sở B"), cell("Năm 2025"))));

        assertThat(print(document(table))).isEqualTo("""
                table 0 GRID: NUMBER TASK LEAD COOPERATING DEADLINE
                1 TASK=Nhiệm vụ | LEAD=Sở A | COOPERATING=Sở B | DEADLINE=Năm 2025""");
    }

    /** The table in the appendix of a plan (a fragment without a type line would let "Báo cáo" in a cell be one). */
    private static NormalizedText document(TableBlock table) {
        return normalized(List.of(new TextBlock("KẾ HOẠCH"), new TextBlock("Cải cách hành chính năm 2025"),
                new TextBlock("Căn cứ Luật Tổ chức chính quyền địa phương;"), new TextBlock("PHỤ LỤC"), table));
    }

    private static String print(NormalizedText text) {
        return TablePrint.print(TABLES.recognize(text, new LayoutRecognizer().recognize(text)));
    }

    private static List<TaskTable> recognize(List<Block> blocks) {
        NormalizedText text = normalized(blocks);
        return TABLES.recognize(text, new LayoutRecognizer().recognize(text));
    }

    private static NormalizedText normalized(List<Block> blocks) {
        return new TextNormalizer().normalize(new ExtractedDocument("test.docx", "application/test", "0", blocks));
    }

    private static TableBlock table(List<String> header, TableRow... rows) {
        List<TableRow> all = new ArrayList<>();
        all.add(new TableRow(header.stream().map(GridTableTest::cell).toList()));
        all.addAll(List.of(rows));
        return new TableBlock(all);
    }

    private static TableRow row(TableCell... cells) {
        return new TableRow(List.of(cells));
    }

    private static TableCell cell(String text) {
        return new TableCell(text, 1, 1);
    }

    private static TableCell span(String text, int columns, int rows) {
        return new TableCell(text, columns, rows);
    }
}
