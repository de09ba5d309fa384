package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.TestTexts;

/** Every normalized character points back at its source line and column. */
class SourceMapTest {

    @Test
    void unchangedLineMapsOneToOne() {
        SourceMap map = SourceMap.align("Quý IV năm 2013", 7, "Quý IV năm 2013");
        assertThat(map.at(0)).isEqualTo(new SourcePosition(7, 1));
        assertThat(map.at(7)).isEqualTo(new SourcePosition(7, 8));
    }

    @Test
    void collapsedSpacesAndTrimmedIndentKeepLaterColumns() {
        String raw = "   Căn cứ    Luật\u00A0Cán bộ";
        String norm = TextNormalizer.normalizeLine(raw);
        SourceMap map = SourceMap.align(raw, 1, norm);
        assertThat(norm).isEqualTo("Căn cứ Luật Cán bộ");
        assertThat(map.at(norm.indexOf("Căn"))).isEqualTo(new SourcePosition(1, raw.indexOf("Căn") + 1));
        assertThat(map.at(norm.indexOf("Luật"))).isEqualTo(new SourcePosition(1, raw.indexOf("Luật") + 1));
        assertThat(map.at(norm.indexOf("Cán"))).isEqualTo(new SourcePosition(1, raw.indexOf("Cán") + 1));
    }

    @Test
    void composedMarksPointAtTheirBaseLetter() {
        String raw = Normalizer.normalize("Kế hoạch số 55", Normalizer.Form.NFD);
        String norm = TextNormalizer.normalizeLine(raw);
        SourceMap map = SourceMap.align(raw, 3, norm);
        assertThat(norm).isEqualTo("Kế hoạch số 55");
        assertThat(map.at(norm.indexOf("55"))).isEqualTo(new SourcePosition(3, raw.indexOf("55") + 1));
        assertThat(map.at(norm.indexOf("hoạch"))).isEqualTo(new SourcePosition(3, raw.indexOf("hoa") + 1));
    }

    @Test
    void insertedSpacePointsAtTheCharacterAfterIt() {
        SourceMap map = SourceMap.align("côngvụ năm", 2, "công vụ năm");
        assertThat(map.at(4)).isEqualTo(new SourcePosition(2, 5));
        assertThat(map.at(5)).isEqualTo(new SourcePosition(2, 5));
        assertThat(map.at(8)).isEqualTo(new SourcePosition(2, 8));
    }

    @Test
    void joinedLinesPointIntoEachSourceLine() {
        NormalizedText text = TestTexts.normalized("Tiếp tục tăng cường năng lực đội\nngũ cán bộ, công chức.");
        assertThat(text.lines()).hasSize(1);
        NormalizedText.Line line = text.line(1);
        assertThat(line.source().at(0)).isEqualTo(new SourcePosition(1, 1));
        assertThat(line.source().at(line.text().indexOf("ngũ"))).isEqualTo(new SourcePosition(2, 1));
        assertThat(line.source().at(line.text().indexOf("công chức"))).isEqualTo(new SourcePosition(2, 13));
    }

    @Test
    void diagnosticInAJoinedParagraphPointsAtTheSourceLineAndColumn() {
        PlanDocument doc = PlanParser.builder().build().parse(
                "KẾ HOẠCH\nThử nghiệm\n\nI. NHIỆM VỤ\nXây dựng, ban hành kế hoạch của ngành, địa phương mình, xong\n"
                        + "trước ngày 31/9/2013, báo cáo UBND tỉnh.");
        Diagnostic invalid = doc.diagnostics().stream().filter(d -> d.code().equals("DATE_INVALID")).findFirst()
                .orElseThrow();
        assertThat(invalid.line()).isEqualTo(6);
        assertThat(invalid.column()).isEqualTo("trước ngày ".length() + 1);
        assertThat(invalid.excerpt()).isEqualTo("31/9/2013");
    }

    @Test
    void sectionLinesAreSourceLinesAfterDroppedBoilerplate() {
        PlanDocument doc = PlanParser.builder().build().parse(
                "Đang tải nội dung, vui lòng chờ giây lát...\nKẾ HOẠCH\nThử nghiệm\n\nI. MỤC TIÊU\nNội dung.");
        assertThat(doc.sections()).extracting(s -> s.line()).containsExactly(5);
    }

    @Test
    void toneStyleIsChosenInTheBuilder() {
        String text = "KẾ HOẠCH\nPhát triển thủy lợi tỉnh Thanh Hóa\n";
        assertThat(PlanParser.builder().build().parse(text).document().title()).isEqualTo("Phát triển thủy lợi tỉnh Thanh Hóa");
        assertThat(PlanParser.builder().toneMarks(ToneStyle.OLD).build().parse(text).document().title())
                .isEqualTo("Phát triển thuỷ lợi tỉnh Thanh Hoá");
        assertThat(PlanParser.builder().toneMarks(ToneStyle.KEEP).build().parse("KẾ HOẠCH\nThuỷ lợi và hòa bình\n")
                .document().title()).isEqualTo("Thuỷ lợi và hòa bình");
    }
}
