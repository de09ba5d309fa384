package vn.kehoach.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Header cells and the roles their titles give ({@code column-titles.tsv}); "⏎" stands for a line break. */
class HeaderTitlesTest {
    private static final HeaderTitles TITLES = HeaderTitles.DEFAULT;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TT                                  | NUMBER
            STT                                 | NUMBER
            Số TT                               | NUMBER
            Nội dung                            | TASK
            Nội dung công việc                  | TASK
            NHIỆM VỤ                            | TASK
            Tên nhiệm vụ                        | TASK
            Chỉ tiêu                            | TASK
            Chủ trì                             | LEAD
            Cơ quan chủ trì                     | LEAD
            Đơn vị chủ trì                      | LEAD
            Cơ quan chủ⏎trì tham mưu            | LEAD
            Chủ trì thực hiện                   | LEAD
            Bộ phận đảm nhiệm                   | LEAD
            Cơ quan, đơn vị chủ trì             | LEAD
            Co quan chu tri                     | LEAD
            Phối hợp                            | COOPERATING
            Cơ quan phối⏎hợp                    | COOPERATING
            Đơn vị phối hợp                     | COOPERATING
            Sản phẩm                            | PRODUCT
            Các hoạt động/ sản phẩm             | PRODUCT
            Kết quả                             | PRODUCT
            Thời gian                           | DEADLINE
            Thời gian hoàn thành                | DEADLINE
            Thời gian⏎thực hiện/hoàn thành      | DEADLINE
            Thời gian thực hiện/ hoàn thành     | DEADLINE
            Tiến độ                             | DEADLINE
            THỜI HẠN                            | DEADLINE
            Thời hạn hoàn thành (dự kiến)       | DEADLINE
            Ghi chú                             | NOTE
            Kinh phí (triệu đồng)               | OTHER
            """)
    void readsTheRoleOfAHeaderCell(String cell, ColumnRole role) {
        assertThat(TITLES.of(cell.replace("⏎", "\n"))).hasValueSatisfying(t -> assertThat(t.role()).isEqualTo(role));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đơn vị tính", "Số lượng", "Địa điểm", "", "Sở Nội vụ"})
    void knowsNoRoleForOtherCells(String cell) {
        assertThat(TITLES.of(cell)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TT Nội dung Cơ quan chủ trì", "Thời gian hoàn thành 1 Nâng cao"})
    void findsATitleAtTheStartOfALine(String line) {
        assertThat(TITLES.startsWithTitle(line)).isTrue();
    }
}
