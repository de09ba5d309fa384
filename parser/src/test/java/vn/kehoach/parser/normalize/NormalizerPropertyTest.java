package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.io.ByteArrayInputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.kehoach.parser.DocumentReadException;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TextExtractor;

/**
 * Random bytes and random Unicode through the normalize stage: it never throws or hangs, and what it gives
 * holds the stage's promises — NFC, no doubled or edge spaces, folding keeps the length, and every
 * character maps to a source line that exists.
 */
class NormalizerPropertyTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final TextExtractor EXTRACTOR = new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null);
    private static final String VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
            + "ùúủũụừứửữựỳýỷỹỵĐỦỲÂ ,.;:-/()\"“”|\n\t\u00A0\u200B\u00AD\u0300\u0301\u0303\u0309\u0323";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomUnicodeKeepsTheStagesPromises() {
        Random random = new Random(4);
        for (int n = 0; n < 2_000; n++) {
            String raw = randomText(random);
            ExtractedDocument doc = EXTRACTOR.extractText(raw, "random.txt");
            int sourceLines = doc.blocks().size();
            NormalizedText text = NORMALIZER.normalize(doc);
            for (NormalizedText.Line line : text.lines()) {
                String t = line.text();
                assertThat(Normalizer2.getNFCInstance().isNormalized(t)).as("NFC: %s", t).isTrue();
                assertThat(t).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
                assertThat(Fold.fold(t)).hasSameSizeAs(t);
                for (int i = 0; i <= t.length(); i += Math.max(1, t.length() / 7)) {
                    SourcePosition at = line.source().at(i);
                    assertThat(at.line()).isBetween(1, Math.max(1, sourceLines));
                    assertThat(at.column()).isPositive();
                }
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomBytesEitherReadOrRefusedInOneLine() {
        Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            byte[] bytes = new byte[random.nextInt(4000) + 1];
            random.nextBytes(bytes);
            try {
                ExtractedDocument doc = EXTRACTOR.extract(new ByteArrayInputStream(bytes), "random.txt");
                assertThat(NORMALIZER.normalize(doc).lines()).isNotNull();
            } catch (DocumentReadException e) {
                assertThat(e.getMessage()).startsWith("random.txt: ").doesNotContain("\n");
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void longLinesAndManyMarksStayLinear() {
        String marks = "a" + "\u0301".repeat(200_000);
        String spaces = "x" + " ".repeat(500_000) + "y";
        String words = "Tiếp tục tăng cường năng lực đội\n".repeat(50_000);
        for (String raw : new String[] {marks, spaces, words}) {
            NormalizedText text = NORMALIZER.normalize(EXTRACTOR.extractText(raw, "long.txt"));
            assertThat(text.size()).isPositive();
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(400);
        for (int i = 0; i < len; i++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                sb.append(VIETNAMESE.charAt(random.nextInt(VIETNAMESE.length())));
            } else if (kind < 9) {
                sb.append((char) random.nextInt(0x3000));
            } else {
                sb.appendCodePoint(0x1F300 + random.nextInt(0x300)); // surrogate pairs
            }
        }
        return sb.toString();
    }
}
