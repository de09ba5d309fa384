package vn.kehoach.parser;

import vn.kehoach.parser.extract.TextExtractor;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.TextNormalizer;

/** Builds stage inputs from literal text, the way plain-text files arrive. */
public final class TestTexts {
    private TestTexts() {
    }

    /** The text as the normalize stage outputs it: one line per input line. */
    public static NormalizedText normalized(String text) {
        return new TextNormalizer().normalize(new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null)
                .extractText(text, "test.txt"));
    }

    /** "-" for null, else the value. */
    public static String show(Object o) {
        return o == null ? "-" : o.toString();
    }
}
