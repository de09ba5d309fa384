package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.kehoach.model.Agency;

/** Empty, odd and very long cells: always a list, never an exception, in linear time. */
class AgencySplitterSpecialInputTest {
    private static final AgencySplitter SPLITTER = AgencySplitter.DEFAULT;

    private static List<String> names(String text) {
        return SPLITTER.split(text).stream().map(Agency::name).toList();
    }

    @Test
    void givesNothingForNothing() {
        assertThat(SPLITTER.split(null)).isEmpty();
        assertThat(SPLITTER.split("")).isEmpty();
        assertThat(SPLITTER.split(" \n\t ")).isEmpty();
        assertThat(SPLITTER.split(",;,:-")).isEmpty();
        assertThat(SPLITTER.split("( ( (")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void readsWindowsLineBreaks() {
        assertThat(names("Sở Nội vụ\r\nSở Tài chính")).containsExactly("Sở Nội vụ", "Sở Tài chính");
    }

    @Test
    void readsDecomposedText() {
        String nfd = Normalizer.normalize("Các sở, ban, ngành, UBND cấp huyện", Normalizer.Form.NFD);
        assertThat(names(nfd)).containsExactly("Các sở, ban, ngành", "UBND cấp huyện");
    }

    @Test
    void readsTheOldTonePlacementKeepingItInTheName() {
        List<Agency> agencies = SPLITTER.split("Các sở, ban, ngành, Uỷ ban nhân dân cấp huyện");
        assertThat(agencies).extracting(Agency::name).containsExactly("Các sở, ban, ngành", "Uỷ ban nhân dân cấp huyện");
        assertThat(agencies.get(1).canonical()).isEqualTo("Ủy ban nhân dân cấp huyện");
    }

    @Test
    void survivesControlCharacters() {
        assertThat(names("Sở Nội vụ\u0000, Sở Tài chính")).hasSize(2);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void splitsALongListInLinearTime() {
        String cell = "Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch, ".repeat(5_000);
        assertThat(SPLITTER.split(cell)).hasSize(10_000);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void readsALongCollectiveInLinearTime() {
        String cell = "Các sở" + ", ban, ngành".repeat(10_000);
        assertThat(SPLITTER.split(cell)).hasSize(1);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void readsALongWordSoupInLinearTime() {
        String cell = "và các của ( - ; : & Sở ".repeat(5_000);
        assertThat(SPLITTER.split(cell)).isNotNull();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void readsALongRunOfTitlesWithoutDeepRecursion() {
        assertThat(names("Giao " + "Giám đốc ".repeat(20_000) + "Sở Nội vụ")).isNotEmpty();
        assertThat(names("Giao Giám đốc Sở Nội vụ")).containsExactly("Sở Nội vụ");
    }
}
