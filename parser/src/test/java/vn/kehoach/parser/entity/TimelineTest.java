package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.parser.PlanParser;

/** The times a document states in its prose, outside tasks and targets. */
class TimelineTest {
    private static final PlanParser PARSER = PlanParser.builder().build();

    @Test
    void newsTextStatesTheTimelineOfItsPlan() {
        PlanDocument doc = PARSER.parse(String.join("\n",
                "Thứ Tư, ngày 6 tháng 12 năm 2023", "",
                "TPHCM ban hành đề án đẩy mạnh cải cách chế độ công vụ giai đoạn 2022 - 2027", "",
                "Đề án thực hiện theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII.", "",
                "Về thời gian thực hiện, đề án được triển khai chậm nhất 15 ngày, kể từ ngày đề án được phê duyệt "
                        + "(ngày 8/8/2022). Việc tổ chức thực hiện sẽ diễn ra đến ngày 30/10/2027."));
        assertThat(doc.timeline()).extracting(t -> t.deadline().kind(), t -> t.deadline().end(), t -> t.line())
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineKind.RELATIVE, LocalDate.of(2022, 8, 23), 7),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.DATE, LocalDate.of(2027, 10, 30), 7));
        assertThat(doc.timeline()).noneMatch(t -> LocalDate.of(2017, 10, 25).equals(t.deadline().end()));
    }

    @Test
    void thePlansOwnPeriodNamedAgainIsNotATimeOfIt() {
        PlanDocument doc = PARSER.parse(String.join("\n",
                "KẾ HOẠCH", "Chuyển đổi số giai đoạn 2024 - 2026", "",
                "I. TỔ CHỨC THỰC HIỆN",
                "Các cơ quan xây dựng kế hoạch giai đoạn 2024 - 2026 của đơn vị trước ngày 31/3/2024."));
        assertThat(doc.timeline()).extracting(t -> t.deadline().end()).containsExactly(LocalDate.of(2024, 3, 31));
    }

    @Test
    void preambleDatesAndTaskSectionsAreNotInTheTimeline() {
        PlanDocument doc = PARSER.parse(String.join("\n",
                "KẾ HOẠCH", "Cải cách hành chính năm 2024", "",
                "Căn cứ Quyết định số 12/QĐ-UBND ngày 15/01/2024 của UBND tỉnh;", "",
                "I. NHIỆM VỤ", "1. Rà soát thủ tục hành chính (thực hiện trong Quý I/2024).", "",
                "II. TỔ CHỨC THỰC HIỆN", "Sơ kết thực hiện Kế hoạch trước ngày 15/12/2024."));
        assertThat(doc.timeline()).extracting(t -> t.deadline().end()).containsExactly(LocalDate.of(2024, 12, 15));
        assertThat(doc.tasks()).singleElement().satisfies(t -> assertThat(t.deadline().kind()).isEqualTo(DeadlineKind.QUARTER));
    }
}
