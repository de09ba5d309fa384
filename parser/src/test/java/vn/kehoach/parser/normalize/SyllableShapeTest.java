package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The structural check of words that legacy-text scoring rests on. */
class SyllableShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"cộng", "hòa", "hoà", "xã", "hội", "Việt", "NGHĨA", "nghiêng", "khuỷu", "khuya",
        "quyết", "Quý", "quốc", "Quỳnh", "gìn", "giữ", "giêng", "giết", "kế", "hoạch", "ghi", "người", "được",
        "thuở", "huơ", "khoắt", "ngoặc", "khuếch", "tuần", "ở", "ý", "yêu", "uống", "rượu", "xoong", "Đảng"})
    void takesVietnameseSyllables(String word) {
        assertThat(SyllableShape.of(word)).isEqualTo(SyllableShape.SYLLABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QĐ", "HĐND", "đ", "TTg", "BCĐ"})
    void setsAsideWordsWithoutAVowel(String word) {
        assertThat(SyllableShape.of(word)).isEqualTo(SyllableShape.CONSONANTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoµ", "Coäng", "héi", "chñ", "nghÜa", "ViÖt", "café", "naïve", "på", "Müller",
        "hóà", "bat", "ăt", "ce", "ka", "ghá", "nge", "ngi", "Đẩymạnh", "xyz", "ǎ", "cí"})
    void refusesWhatIsNoSyllable(String word) {
        assertThat(SyllableShape.of(word)).isEqualTo(SyllableShape.OTHER);
    }

    @Test
    void takesDecomposedLettersAfterNfc() {
        String nfd = Normalizer.normalize("nghiệp", Normalizer.Form.NFD);

        assertThat(SyllableShape.of(Normalizer.normalize(nfd, Normalizer.Form.NFC))).isEqualTo(SyllableShape.SYLLABLE);
        assertThat(SyllableShape.of(nfd)).as("combining marks are not letters of the table").isEqualTo(SyllableShape.OTHER);
    }

    @Test
    void takesAlmostEveryWordOfTheSampleBetweenSpaces() throws IOException {
        String text;
        try (InputStream in = SyllableShapeTest.class.getResourceAsStream("/renderings/ke-hoach-chuyen-doi-so.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> refused = new ArrayList<>();
        int words = 0;
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFC).split("[^\\p{L}]+")) {
            if (w.isEmpty() || w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.length() > 1) {
                continue; // abbreviations and headings in capitals are looked at elsewhere
            }
            words++;
            if (SyllableShape.of(w) == SyllableShape.OTHER) {
                refused.add(w);
            }
        }

        assertThat(words).isGreaterThan(1000);
        assertThat(refused).as("words of %d refused", words).hasSizeLessThan(words / 100);
    }
}
