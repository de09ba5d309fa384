package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.Repo;
import vn.kehoach.parser.extract.Block;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.extract.TextBlock;
import vn.kehoach.parser.extract.TextExtractor;

/**
 * Text without glued words: the sample plans (text, Word and HTML) and the dev-corpus documents other than
 * 55/KH-UBND (skipped where {@code ../shared} is absent). The splitter must leave every line of them as it is,
 * and every word of them written in small letters must be a valid syllable: the check of the spelling rules
 * of {@code syllables.txt} against real text. What is not a syllable there is an acronym, a foreign word or a
 * part of an address, and is listed here.
 */
class CleanTextTest {
    /** The words of the clean texts that are not syllables, as printed (words in capitals are not checked). */
    static final Set<String> NOT_SYLLABLES = Set.of(
            "TTg", "CTr", // acronyms with small letters
            "website", "Website", "zalo", "refresh", // foreign words
            "caicachhanhchinh", "gov", "vn", "bonoivu", "cls", "Thanhuytphcm", // addresses
            "b", "c", "d", "g", "h", "đ"); // list letters: "b)", "đ)"

    static Stream<Path> cleanTexts() {
        List<Path> files = new ArrayList<>(Repo.sampleInputs());
        Repo.devCorpus().ifPresent(dev -> Repo.list(dev).stream()
                .filter(p -> p.getFileName().toString().endsWith(".txt"))
                .filter(p -> !p.getFileName().toString().startsWith("55-KH-UBND"))
                .forEach(files::add));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("cleanTexts")
    void leavesEveryLineUnchanged(Path file) throws Exception {
        List<String> changed = new ArrayList<>();
        for (String line : lines(file)) {
            String split = SyllableSplitter.DEFAULT.split(line);
            if (!split.equals(line)) {
                changed.add(line + "\n   → " + split);
            }
        }
        assertThat(changed).as("lines of %s split", file.getFileName()).isEmpty();
    }

    @Test
    void everyWordInSmallLettersIsASyllableOrListed() throws Exception {
        Set<String> rejected = new TreeSet<>();
        int words = 0;
        for (Path file : cleanTexts().toList()) {
            for (String line : lines(file)) {
                for (String word : line.split("[^\\p{L}]+")) {
                    if (word.isEmpty() || word.equals(word.toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    words++;
                    if (!SyllableInventory.DEFAULT.contains(word)) {
                        rejected.add(word);
                    }
                }
            }
        }
        assertThat(words).isGreaterThan(5_000);
        assertThat(rejected).isSubsetOf(NOT_SYLLABLES);
    }

    /** The lines of a file's text blocks and table cells, NFC. */
    private static List<String> lines(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Block block : new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null).extract(file).blocks()) {
            if (block instanceof TextBlock t) {
                add(lines, t.text());
            } else if (block instanceof TableBlock table) {
                table.rows().forEach(r -> r.cells().forEach(c -> add(lines, c.text())));
            }
        }
        return lines;
    }

    private static void add(List<String> lines, String text) {
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).split("\r\n|\r|\n")) {
            lines.add(line);
        }
    }
}
