package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.kehoach.parser.Repo;
import vn.kehoach.parser.extract.TextExtractor;

/**
 * The dev corpus's 905-QD-BNV is a web page's text hard-wrapped at about 80 characters, mid-sentence and
 * mid-name: its paragraphs come out whole, each pointing back at the source line where it starts.
 */
class HardWrappedDocumentTest {

    private static NormalizedText read(String name) throws Exception {
        Path dev = Repo.devCorpus().orElse(null);
        Assumptions.assumeTrue(dev != null, "the shared dev corpus is not beside the repository");
        return new TextNormalizer().normalize(
                new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null).extract(dev.resolve(name)));
    }

    private static NormalizedText.Line lineStarting(NormalizedText text, String start) {
        return text.lines().stream().filter(l -> l.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void wrappedParagraphsOf905ComeOutWhole() throws Exception {
        NormalizedText text = read("905-QD-BNV.txt");
        NormalizedText.Line goal = lineStarting(text, "Tiếp tục tăng cường năng lực đội ngũ");
        assertThat(goal.text()).endsWith("công tác cải cách hành chính nhà nước giai đoạn 2022 - 2030.");
        assertThat(goal.sourceLine()).isEqualTo(40);
        assertThat(lineStarting(text, "Căn cứ Nghị định số 63/2022/NĐ-CP").text())
                .endsWith("quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;");
        assertThat(lineStarting(text, "Hà Nội, ngày").text()).isEqualTo("Hà Nội, ngày 17 tháng 11 năm 2022");
        assertThat(lineStarting(text, "Xây dựng chương trình, biên soạn tài liệu").cell()).isNull();
    }

    @Test
    void noLineOfTheDevCorpusStopsMidSentenceBeforeALowerCaseContinuation() throws Exception {
        for (String name : List.of("905-QD-BNV.txt", "2103-KH-UBND-HCM.txt", "5240-KH-VPCP.txt", "55-KH-UBND-NamDinh.txt")) {
            NormalizedText text = read(name);
            for (int i = 1; i < text.size(); i++) {
                String prev = text.line(i).text();
                String next = text.line(i + 1).text();
                if (prev.isBlank() || next.isBlank() || LineShape.isSeparator(prev) || LineShape.isUpperCase(prev)) {
                    continue;
                }
                boolean open = !prev.matches(".*[.;:!?]$");
                assertThat(open && Character.isLowerCase(next.charAt(0)) && !next.matches("^[a-zđ]\\).*"))
                        .as("%s line %d goes on in line %d: %s / %s", name, i, i + 1, prev, next).isFalse();
            }
        }
    }
}
