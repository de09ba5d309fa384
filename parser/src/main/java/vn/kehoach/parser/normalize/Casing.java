package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;

/**
 * Restores the printed case of text set in capitals (titles, issuer names, signature lines): lowers it,
 * puts back the capitals of known names ({@code casing.txt}: bodies, positions, provinces), keeps acronyms
 * ({@code abbreviations.tsv}, and words without a vowel such as "CCCVCC"), and capitalizes the first letter
 * of the text and of a quotation. Text that is not in capitals is returned unchanged.
 *
 * <p>Thread-safe; immutable.
 */
public final class Casing {
    /** The vocabulary shipped with the parser. */
    public static final Casing DEFAULT = new Casing(Vocabulary.words("casing.txt"), Vocabulary.words("abbreviations.tsv"),
            Vocabulary.words("citation-types.txt"), Vocabulary.rows("place-levels.tsv"));
    private static final int MAX_PLACE_WORDS = 4;

    private final List<String> phrases;
    private final Set<String> acronyms;
    private final List<String> documentTypes;
    private final List<String> levels = new ArrayList<>();
    private final Set<String> stops = new HashSet<>();

    public Casing(List<String> phrases, List<String> acronyms, List<String> documentTypes, List<String[]> places) {
        for (String[] r : places) {
            if (r[0].equals("stop")) {
                stops.add(r[1].strip());
            } else {
                levels.add(r[0].strip());
            }
        }
        this.documentTypes = documentTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.phrases = List.copyOf(sorted);
        Set<String> a = new HashSet<>();
        for (String s : acronyms) {
            a.add(s.toUpperCase(Locale.ROOT));
        }
        this.acronyms = Set.copyOf(a);
    }

    /** Sentence case for text printed in capitals; other text unchanged. */
    public String restore(String text) {
        if (!LineShape.isUpperCase(text)) {
            return text;
        }
        char[] out = text.toLowerCase(Locale.ROOT).toCharArray();
        // Phrases are found in the modern tone style; only the case of the text's own letters changes, so old
        // placement ("uỷ ban") keeps its marks.
        String lower = ToneMarks.modernize(new String(out));
        boolean[] claimed = new boolean[out.length];
        for (String p : phrases) {
            String lp = p.toLowerCase(Locale.ROOT);
            if (lp.length() != p.length()) {
                continue;
            }
            for (int at = lower.indexOf(lp); at >= 0; at = lower.indexOf(lp, at + 1)) {
                if (!wordBoundary(lower, at - 1) || !wordBoundary(lower, at + lp.length()) || any(claimed, at, lp.length())) {
                    continue;
                }
                for (int k = 0; k < lp.length(); k++) {
                    if (Character.isUpperCase(p.charAt(k))) {
                        out[at + k] = Character.toUpperCase(out[at + k]);
                    }
                    claimed[at + k] = true;
                }
            }
        }
        capitalizeCitedTypes(lower, out, claimed);
        capitalizePlaces(lower, out, claimed);
        keepAcronyms(text, out, claimed);
        capitalizeStarts(out);
        return new String(out);
    }

    /** A type name that names one document is capitalized (PL II V.6): "Nghị quyết số 18-NQ/TW". */
    private void capitalizeCitedTypes(String lower, char[] out, boolean[] claimed) {
        for (String t : documentTypes) {
            for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
                int after = at + t.length();
                if (wordBoundary(lower, at - 1) && (lower.startsWith(" số ", after)
                        || after + 1 < lower.length() && lower.charAt(after) == ' ' && Character.isDigit(lower.charAt(after + 1)))) {
                    out[at] = Character.toUpperCase(out[at]);
                    java.util.Arrays.fill(claimed, at, after, true);
                }
            }
        }
    }

    /** The words after a level word name the place ("tỉnh sơn hà" → "tỉnh Sơn Hà"), up to a stop word. */
    private void capitalizePlaces(String lower, char[] out, boolean[] claimed) {
        for (String level : levels) {
            for (int at = lower.indexOf(level); at >= 0; at = lower.indexOf(level, at + 1)) {
                int i = at + level.length();
                if (!wordBoundary(lower, at - 1) || i >= lower.length() || lower.charAt(i) != ' ' || claimed[at]) {
                    continue;
                }
                for (int words = 0; words < MAX_PLACE_WORDS; words++) {
                    int start = i + 1;
                    int end = start;
                    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                        end++;
                    }
                    if (end == start || stops.contains(lower.substring(start, end)) || claimed[start]) {
                        break;
                    }
                    out[start] = Character.toUpperCase(out[start]);
                    if (end >= lower.length() || lower.charAt(end) != ' ') {
                        break;
                    }
                    i = end;
                }
            }
        }
    }

    private void keepAcronyms(String original, char[] out, boolean[] claimed) {
        int i = 0;
        while (i < original.length()) {
            if (!isWordChar(original.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < original.length() && isWordChar(original.charAt(j))) {
                j++;
            }
            String word = original.substring(i, j);
            String bare = word.replaceAll("[.,]+$", "");
            boolean known = acronyms.contains(bare.toUpperCase(Locale.ROOT)) && bare.equals(bare.toUpperCase(Locale.ROOT));
            if (!claimed[i] && (known || hasNoVowel(bare) && bare.length() >= 2)) {
                for (int k = i; k < i + bare.length(); k++) {
                    out[k] = original.charAt(k);
                }
            }
            i = j;
        }
    }

    private static void capitalizeStarts(char[] out) {
        boolean start = true;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (Character.isLetter(c)) {
                if (start) {
                    out[i] = Character.toUpperCase(c);
                }
                start = false;
            } else if (c == '"' || c == '\u201C' || c == '\u00AB' || c == '(') {
                start = true;
            } else if (Character.isDigit(c)) {
                start = false;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&';
    }

    private static boolean hasNoVowel(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char f = Fold.fold(word.charAt(i));
            if ("aeiouy".indexOf(f) >= 0) {
                return false;
            }
            letter |= Character.isLetter(word.charAt(i));
        }
        return letter;
    }

    private static boolean wordBoundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static boolean any(boolean[] claimed, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }
}
