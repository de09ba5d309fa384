package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.parser.Vocabulary;

class SyllableInventoryTest {
    private static final SyllableInventory SYLLABLES = SyllableInventory.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"a", "ý", "ở", "ừ", "ạ", "ỉa", "yên", "yêu", "yết", "uyển", "ủy", "oai", "ước", "ưu",
            "nghiêng", "nghĩa", "khuỷu", "khuya", "người", "nguyễn", "nguệch", "ngoằn", "ngoèo", "quyết", "quốc", "quý",
            "quỹ", "quên", "quét", "que", "quờ", "quỳnh", "quýt", "quỵu", "quặp", "giữa", "gìn", "gì", "giếng", "giêng",
            "giết", "thuở", "huơ", "khuâng", "khuây", "khuếch", "huỳnh", "hươu", "rượu", "xoong", "boong", "moóc",
            "buýt", "tuýp", "loét", "khoèo", "oẳn", "hoạch", "khoảnh", "hoắc", "ỷ", "kỹ", "mỹ", "Thụy", "ghế", "ghi",
            "kiến", "kia", "việc", "chuyển", "truyền", "thuyết", "luyện", "duyệt", "xuyên", "tuần", "xuất", "cách",
            "bệnh", "lịch", "kênh", "ích", "ánh"})
    void acceptsSyllable(String syllable) {
        assertThat(SYLLABLES.contains(syllable)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"côngvụ", "thituyển", "chứcngày", "quyđịnh", "hànhchính", "ĐẨYMẠNH", "nềnhành",
            "UBND", "HĐND", "website", "online", "Internet", "Covid", "ISO", "Đắk", "Lắk", "Krông", "nghành", "cáncbộ"})
    void rejectsWhatIsNotOneSyllable(String word) {
        assertThat(SYLLABLES.contains(word)).isFalse();
    }

    @Test
    void spellsTheVelarStopAndNasalByTheVowelAfterThem() {
        assertThat(List.of("ke", "kê", "ki", "ky", "kia", "ca", "co", "cu", "ghe", "ghi", "ga", "gô", "nghe", "nghi",
                "nga", "ngu")).allMatch(SYLLABLES::contains);
        assertThat(List.of("ka", "ko", "ku", "ce", "ci", "gha", "gho", "ge", "ngha", "nghô", "nge", "ngi"))
                .noneMatch(SYLLABLES::contains);
    }

    @Test
    void writesTheRoundedMedialAfterQAsTheUOfQu() {
        assertThat(List.of("qua", "quan", "quê", "quy", "quyền", "que", "quân", "qui", "quốc"))
                .allMatch(SYLLABLES::contains);
        assertThat(List.of("qa", "quoa", "quuy", "coa", "cuy", "kuy", "quu")).noneMatch(SYLLABLES::contains);
    }

    @Test
    void writesIeAsYeWithoutOnset() {
        assertThat(List.of("yên", "tiên", "uyên", "khuyên")).allMatch(SYLLABLES::contains);
        assertThat(List.of("iên", "tyên", "khuiên")).noneMatch(SYLLABLES::contains);
    }

    @Test
    void putsChAndNhOnlyAfterAEAndI() {
        assertThat(List.of("sách", "bệnh", "lịch", "thành", "hoạch", "huỳnh")).allMatch(SYLLABLES::contains);
        assertThat(List.of("sóch", "bônh", "bêng", "bêc", "tic", "ting", "hơng")).noneMatch(SYLLABLES::contains);
    }

    @Test
    void givesStopFinalsOnlySacOrNang() {
        assertThat(List.of("thít", "thịt", "cách", "cạch", "họp", "hóp")).allMatch(SYLLABLES::contains);
        assertThat(List.of("thit", "thìt", "thỉt", "thĩt", "cach", "hop", "hòp")).noneMatch(SYLLABLES::contains);
    }

    @Test
    void allowsOneToneMarkWhereverItSits() {
        assertThat(List.of("hòa", "hoà", "HÒA", "HOÀ", "thủy", "thuỷ", "Ủy", "Uỷ", "khỏe", "khoẻ"))
                .allMatch(SYLLABLES::contains);
        assertThat(List.of("hòá", "cảí")).noneMatch(SYLLABLES::contains);
    }

    @Test
    void neverOpensShortA() {
        assertThat(List.of("ăn", "ấn", "năm", "cân")).allMatch(SYLLABLES::contains);
        assertThat(List.of("ă", "â", "bă", "câ")).noneMatch(SYLLABLES::contains);
    }

    @Test
    void buildsSome3600SyllablesWithoutTone() {
        assertThat(SYLLABLES.toneless()).hasSizeBetween(3_000, 4_500).contains("nghiêng", "khuêch", "quynh")
                .allMatch(s -> s.length() <= SyllableInventory.MAX_LETTERS);
    }

    @Test
    void knowsFrequentSyllablesWithTheirTone() {
        assertThat(List.of("công", "vụ", "hành", "chính", "Tỉnh", "ủy", "hoà", "hòa")).allMatch(SYLLABLES::isFrequent);
        assertThat(List.of("nềnh", "ành", "côngvụ", "vu")).noneMatch(SYLLABLES::isFrequent);
    }

    @Test
    void ranksSyllablesByHowOftenTheyOccur() {
        assertThat(rarity("các")).isLessThan(rarity("cá"));
        assertThat(rarity("cá")).isLessThan(rarity("nềnh"));
        assertThat(rarity("công")).isZero();
        assertThat(rarity("nềnh")).isEqualTo(SYLLABLES.unlistedRarity());
    }

    @Test
    void refusesAFrequentSyllableTheRulesDoNotAllowOrWithoutCount() {
        List<String[]> rules = Vocabulary.rows("syllables.txt");
        assertThatThrownBy(() -> new SyllableInventory(rules, List.of(row("công", "3"), row("côngvụ", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("côngvụ");
        assertThatThrownBy(() -> new SyllableInventory(rules, List.<String[]>of(row("công", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> new SyllableInventory(List.<String[]>of(row("vowel", "a")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int rarity(String syllable) {
        return SYLLABLES.rarity(SYLLABLES.toned(syllable, 0, syllable.length()));
    }

    private static String[] row(String... cells) {
        return cells;
    }
}
