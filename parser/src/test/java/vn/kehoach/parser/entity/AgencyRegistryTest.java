package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Agency;

class AgencyRegistryTest {
    private static final AgencyResolver RESOLVER = AgencyResolver.DEFAULT;

    private static List<Agency> resolved(String... names) {
        return java.util.Arrays.stream(names).map(RESOLVER::resolve).toList();
    }

    @Test
    void mergesSpellingsOfOneDepartmentKeepingTheFirstName() {
        List<Agency> merged = AgencyRegistry.merge(resolved("Sở Kế hoạch&Đầu tư", "Sở KH&ĐT", "Sở Kế hoạch đầu tư",
                "Sở Kế hoạch và Đầu tư"));
        assertThat(merged).extracting(Agency::name).containsExactly("Sở Kế hoạch&Đầu tư");
        assertThat(merged.get(0).canonical()).isEqualTo("Sở Kế hoạch và Đầu tư");
    }

    @Test
    void mergesCollectivesThatDifferInCasePunctuationAndLeadingCac() {
        List<Agency> merged = AgencyRegistry.merge(resolved("Các sở, ban, ngành", "các sở, ban ngành",
                "Các Sở, Ban, Ngành", "sở, ban, ngành"));
        assertThat(merged).extracting(Agency::name).containsExactly("Các sở, ban, ngành");
    }

    @Test
    void mergesAbbreviatedAndFullNames() {
        List<Agency> merged = AgencyRegistry.merge(resolved("UBND cấp huyện", "Ủy ban nhân dân cấp huyện",
                "Văn phòng UBND Thành phố", "Văn phòng Ủy ban nhân dân Thành phố"));
        assertThat(merged).extracting(Agency::name).containsExactly("UBND cấp huyện", "Văn phòng UBND Thành phố");
    }

    @Test
    void keepsDifferentBodiesApart() {
        List<Agency> merged = AgencyRegistry.merge(resolved("UBND tỉnh", "UBND cấp huyện", "Sở Nội vụ", "Bộ Nội vụ"));
        assertThat(merged).hasSize(4);
    }

    @Test
    void sortsInVietnameseOrderIgnoringLeadingCac() {
        List<Agency> merged = AgencyRegistry.merge(resolved("Ủy ban nhân dân cấp huyện", "Sở Tài chính",
                "Đài Phát thanh - Truyền hình tỉnh", "Bộ Nội vụ", "Báo Nam Định", "các cơ quan liên quan",
                "Học viện Cán bộ Thành phố", "Sở Nội vụ", "Ban Dân tộc", "Ủy ban Dân tộc", "Cục Quản trị"));
        assertThat(merged).extracting(Agency::name).containsExactly("Ban Dân tộc", "Báo Nam Định", "Bộ Nội vụ",
                "các cơ quan liên quan", "Cục Quản trị", "Đài Phát thanh - Truyền hình tỉnh",
                "Học viện Cán bộ Thành phố", "Sở Nội vụ", "Sở Tài chính", "Ủy ban Dân tộc",
                "Ủy ban nhân dân cấp huyện");
    }

    @Test
    void sortsDStrokeAfterDAndHornedVowelsAfterPlainOnes() {
        List<Agency> merged = AgencyRegistry.merge(resolved("Đoàn Thanh niên", "Dân tộc", "Ưu tiên", "Uy tín",
                "Ông", "Ơn", "Oa"));
        assertThat(merged).extracting(Agency::name).containsExactly("Dân tộc", "Đoàn Thanh niên", "Oa", "Ông", "Ơn",
                "Uy tín", "Ưu tiên");
    }

    @Test
    void addReturnsTheAgencyRegisteredFirst() {
        AgencyRegistry registry = new AgencyRegistry();
        Agency first = registry.add(RESOLVER.resolve("Sở TT&TT"));
        Agency again = registry.add(RESOLVER.resolve("Sở Thông tin và Truyền thông"));
        assertThat(again).isSameAs(first);
        assertThat(registry.agencies()).containsExactly(first);
    }

    @Test
    void keyDropsLeadingCacAndVa() {
        assertThat(AgencyRegistry.key(RESOLVER.resolve("Các bộ ngành và địa phương"))).isEqualTo("bo nganh dia phuong");
    }
}
