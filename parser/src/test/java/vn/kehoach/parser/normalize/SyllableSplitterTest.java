package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The splitter's contract beyond the examples of spec/syllables.md: identity, odd and pathological input. */
class SyllableSplitterTest {
    private static final SyllableSplitter SPLITTER = SyllableSplitter.DEFAULT;

    @Test
    void returnsTheSameLineWhenNothingIsGlued() {
        String line = "Căn cứ Luật Cán bộ, công chức ngày 13/11/2008 của UBND tỉnh (PCI), website https://vpcp.gov.vn";
        assertThat(SPLITTER.split(line)).isSameAs(line);
        assertThat(SPLITTER.split("")).isSameAs("");
    }

    @Test
    void splitsTheWordsOfALineIndependently() {
        assertThat(SPLITTER.split("Kếhoạch đẩymạnh cảicách, côngvụ; UBND và HĐNDtỉnh"))
                .isEqualTo("Kế hoạch đẩy mạnh cải cách, công vụ; UBND và HĐND tỉnh");
    }

    @Test
    void keepsControlCharactersAndOtherScripts() {
        assertThat(SPLITTER.split("côngvụ\u0000côngvụ")).isEqualTo("công vụ\u0000công vụ");
        assertThat(SPLITTER.split("Москва 北京 côngvụ")).isEqualTo("Москва 北京 công vụ");
    }

    @Test
    void leavesAWordLongerThanAnyGluedRunAlone() {
        String run = "côngvụ".repeat(20);
        assertThat(SPLITTER.split(run)).isSameAs(run);
        String shorter = "côngvụ".repeat(10);
        assertThat(SPLITTER.split(shorter)).isEqualTo(("công vụ ".repeat(10)).strip());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void splitsAMegabyteOfGluedWordsQuickly() {
        String line = "côngvụ ĐẨYMẠNH 30c/NQ-CPngày ".repeat(40_000);
        String split = SPLITTER.split(line);
        assertThat(split).startsWith("công vụ ĐẨY MẠNH 30c/NQ-CP ngày công vụ").hasSize(line.length() + 3 * 40_000);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void givesUpQuicklyOnALongRunOfLettersThatAreNotSyllables() {
        for (String run : List.of("x".repeat(1_000_000), "ngngngng".repeat(10), "aăâeêioôơuưy".repeat(6),
                "ĐĐĐĐĐĐ".repeat(13), "Đ".repeat(80))) {
            assertThat(SPLITTER.split(run)).isSameAs(run);
        }
    }
}
