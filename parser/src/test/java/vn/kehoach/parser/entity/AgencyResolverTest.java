package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kehoach.model.Agency;
import vn.kehoach.model.AgencyKind;

class AgencyResolverTest {
    private static final AgencyResolver RESOLVER = AgencyResolver.DEFAULT;

    @Test
    void restoresPrintedCaseOfAHeaderInCapitals() {
        Agency a = RESOLVER.resolve("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH");
        assertThat(a.name()).isEqualTo("Ủy ban nhân dân tỉnh Nam Định");
        assertThat(a.kind()).isEqualTo(AgencyKind.PEOPLES_COMMITTEE);
    }

    @Test
    void keepsTheNameAsWrittenWhenNotInCapitals() {
        assertThat(RESOLVER.resolve("  Sở   KH&ĐT ;").name()).isEqualTo("Sở KH&ĐT");
    }

    @Test
    void givesOneCanonicalNameToEverySpellingOfTheDepartment() {
        for (String written : new String[] {"Sở Kế hoạch&Đầu tư", "Sở KH&ĐT", "Sở Kế hoạch đầu tư", "Sở KHĐT",
            "Sở Kế hoạch và Đầu tư", "sở kế hoạch và đầu tư", "So Ke hoach va Dau tu", "SKHĐT"}) {
            assertThat(RESOLVER.resolve(written).canonical()).as(written).isEqualTo("Sở Kế hoạch và Đầu tư");
        }
    }

    @Test
    void readsTpByContext() {
        assertThat(RESOLVER.resolve("UBND TP Nam Định").canonical()).isEqualTo("Ủy ban nhân dân thành phố Nam Định");
        assertThat(RESOLVER.resolve("UBND TP").canonical()).isEqualTo("Ủy ban nhân dân Thành phố");
        assertThat(RESOLVER.resolve("UBND TP HCM").canonical()).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(RESOLVER.resolve("Phòng TP").canonical()).isEqualTo("Phòng Tư pháp");
    }

    @Test
    void readsCtAndTtByContext() {
        assertThat(RESOLVER.resolve("CT UBND tỉnh").canonical()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(RESOLVER.resolve("CT UBND tỉnh").kind()).isEqualTo(AgencyKind.PEOPLES_COMMITTEE);
        assertThat(RESOLVER.resolve("TT Tỉnh ủy").canonical()).isEqualTo("Thường trực Tỉnh ủy");
        assertThat(RESOLVER.resolve("TT Tỉnh ủy").kind()).isEqualTo(AgencyKind.PARTY);
        assertThat(RESOLVER.resolve("TT Tin học").canonical()).isEqualTo("Trung tâm Tin học");
        assertThat(RESOLVER.resolve("Công ty CT").canonical()).isEqualTo("Công ty CT");
    }

    @Test
    void readsAbbreviationsWrittenWithoutTheirDStroke() {
        assertThat(RESOLVER.resolve("HDND tỉnh").canonical()).isEqualTo("Hội đồng nhân dân tỉnh");
    }

    @Test
    void tellsASchoolFromATitle() {
        assertThat(RESOLVER.resolve("Trường Chính trị tỉnh").kind()).isEqualTo(AgencyKind.ACADEMY);
        assertThat(RESOLVER.resolve("Trưởng Ban Tuyên giáo").kind()).isEqualTo(AgencyKind.PARTY);
    }

    @Test
    void takesTheKindOfTheOwnerOfABoard() {
        assertThat(RESOLVER.resolve("Ban Tổ chức Tỉnh ủy").kind()).isEqualTo(AgencyKind.PARTY);
        assertThat(RESOLVER.resolve("Ban Kinh tế - Ngân sách HĐND tỉnh").kind()).isEqualTo(AgencyKind.PEOPLES_COUNCIL);
        assertThat(RESOLVER.resolve("Ban Quản lý dự án").kind()).isEqualTo(AgencyKind.DIVISION);
        assertThat(RESOLVER.resolve("Bảo hiểm xã hội tỉnh").kind()).isEqualTo(AgencyKind.OTHER);
    }

    @Test
    void knowsCollectivesFromSingleBodies() {
        assertThat(RESOLVER.resolve("UBND cấp huyện").collective()).isTrue();
        assertThat(RESOLVER.resolve("UBND huyện").collective()).isFalse();
        assertThat(RESOLVER.resolve("UBND các huyện").collective()).isTrue();
        assertThat(RESOLVER.resolve("UBND quận, huyện, thành phố Thủ Đức").collective()).isTrue();
        assertThat(RESOLVER.resolve("Sở Văn hóa, Thể thao và Du lịch").collective()).isFalse();
        assertThat(RESOLVER.resolve("Ban Quản lý các khu công nghiệp").collective()).isFalse();
        assertThat(RESOLVER.resolve("Đơn vị có liên quan").collective()).isTrue();
    }

    @Test
    void givesAnAgencyForAnyString() {
        assertThat(RESOLVER.resolve("").kind()).isEqualTo(AgencyKind.OTHER);
        assertThat(RESOLVER.resolve("?!").kind()).isEqualTo(AgencyKind.OTHER);
        assertThat(RESOLVER.resolve("Sở").kind()).isEqualTo(AgencyKind.DEPARTMENT);
    }
}
