package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.kehoach.parser.Vocabulary;

/**
 * The valid syllables of Vietnamese, built from the spelling rules of {@code syllables.txt} (onsets, rhymes,
 * which onset takes which rhyme, the tones a stop final allows), and the syllables frequent in plans with how
 * often they occur, {@code frequent-syllables.txt}. A word is a syllable when, without its tone, it is onset +
 * rhyme, it carries at most one tone mark, and a stop final (c, ch, p, t) goes with sắc or nặng; where the tone
 * mark sits is not checked, so the old placement ("hoà", "thuỷ") is as good as the modern one. Case does not
 * matter.
 *
 * <p>Syllables are packed into a {@code long} (5 bits a letter, at most {@value #MAX_LETTERS} letters) and looked
 * up in an open-addressing table, so checking one costs no allocation and one or two probes.
 *
 * <p>Thread-safe; immutable.
 */
public final class SyllableInventory {
    /** No syllable is longer ("nghiêng"). */
    public static final int MAX_LETTERS = 7;

    /** The inventory shipped with the parser. */
    public static final SyllableInventory DEFAULT = new SyllableInventory(Vocabulary.rows("syllables.txt"),
            Vocabulary.rows("frequent-syllables.txt"));

    /** Rarity grows by this much each time the count of a syllable halves. */
    private static final int RARITY_STEPS = 4;

    private final List<String> spelled;
    private final long[] table; // open addressing, 0 for empty: no packed syllable is 0
    private final boolean[] checked = new boolean[32 * 32]; // by the codes of the last two letters, or 0 and the last
    private final long[] frequent; // sorted packed syllables with tone
    private final int[] rarity; // of each frequent syllable
    private final int unlisted; // the rarity of a syllable that is not listed

    /**
     * @param rules the rows of a spelling file like {@code syllables.txt}
     * @param frequentSyllables rows of a frequent syllable with its tone, in any case and tone placement, and how
     *     often it occurs (a positive count)
     * @throws IllegalArgumentException on a row that is not an onset, a rhyme or a checked final, or on a
     *     frequent syllable the rules do not allow or without a positive count
     */
    public SyllableInventory(List<String[]> rules, List<String[]> frequentSyllables) {
        List<String[]> onsets = new ArrayList<>();
        List<String[]> rhymes = new ArrayList<>();
        for (String[] row : rules) {
            switch (row[0].strip()) {
                case "onset" -> onsets.add(row);
                case "rhyme" -> rhymes.add(row);
                case "checked" -> markChecked(row[1].strip());
                default -> throw new IllegalArgumentException("not a spelling rule: " + String.join("\t", row));
            }
        }
        this.spelled = spellAll(onsets, rhymes);
        this.table = new long[Math.max(16, Integer.highestOneBit(spelled.size() * 4) << 1)];
        spelled.forEach(syllable -> insert(pack(syllable)));

        long[][] entries = new long[frequentSyllables.size()][];
        long most = 1;
        for (int i = 0; i < entries.length; i++) {
            String syllable = frequentSyllables.get(i)[0].strip();
            long key = toned(syllable, 0, syllable.length());
            if (key < 0) {
                throw new IllegalArgumentException("frequent syllable not allowed by the spelling rules: " + syllable);
            }
            String[] row = frequentSyllables.get(i);
            entries[i] = new long[] {key, row.length > 1 ? parseCount(row[1], syllable) : 1};
            most = Math.max(most, entries[i][1]);
        }
        Arrays.sort(entries, (x, y) -> Long.compare(x[0], y[0]));
        this.frequent = new long[entries.length];
        this.rarity = new int[entries.length];
        for (int i = 0; i < entries.length; i++) {
            frequent[i] = entries[i][0];
            rarity[i] = rarity(most, entries[i][1]);
        }
        this.unlisted = rarity(most, 1) + RARITY_STEPS * 2; // as if it occurred a quarter as often as the rarest
    }

    /** Every onset with every rhyme it takes, as spelled, sorted. */
    private static List<String> spellAll(List<String[]> onsets, List<String[]> rhymes) {
        TreeSet<String> all = new TreeSet<>();
        for (String[] o : onsets) {
            String onset = o[1].strip().equals("-") ? "" : o[1].strip();
            Set<String> takes = classes(o);
            for (String[] r : rhymes) {
                Set<String> is = classes(r);
                if (takes.stream().anyMatch(is::contains)) {
                    spell(onset, r[1].strip(), takes, is).ifPresent(all::add);
                }
            }
        }
        return List.copyOf(all);
    }

    /** A final that closes a syllable with a stop ("c", "ch"): such a syllable takes only sắc or nặng. */
    private void markChecked(String fin) {
        int last = Letters.ALPHABET.indexOf(fin.charAt(fin.length() - 1)) + 1;
        if (fin.length() == 1) {
            for (int before = 0; before < 32; before++) {
                checked[before * 32 + last] = true;
            }
        } else {
            checked[(Letters.ALPHABET.indexOf(fin.charAt(0)) + 1) * 32 + last] = true;
        }
    }

    private static int rarity(long most, long count) {
        return (int) Math.round(RARITY_STEPS * Math.log((double) most / count) / Math.log(2));
    }

    private static long parseCount(String text, String syllable) {
        try {
            long count = Long.parseLong(text.strip());
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("frequent syllable " + syllable + " without a positive count: " + text);
    }

    /** True when {@code word} (letters only, any case) is one valid syllable. */
    public boolean contains(CharSequence word) {
        return toned(word, 0, word.length()) >= 0;
    }

    /** True when {@code word} is a valid syllable listed as frequent. */
    public boolean isFrequent(CharSequence word) {
        long key = toned(word, 0, word.length());
        return key >= 0 && Arrays.binarySearch(frequent, key) >= 0;
    }

    /** Every syllable without tone, sorted: what the spelling rules allow. */
    public List<String> toneless() {
        return spelled;
    }

    /**
     * The syllable {@code s[from, to)} packed with its tone, or -1 when it is not a valid syllable. Characters
     * must be letters.
     */
    long toned(CharSequence s, int from, int to) {
        if (to - from > MAX_LETTERS || to <= from) {
            return -1;
        }
        long key = 0;
        int tone = Letters.NGANG;
        for (int i = from; i < to; i++) {
            int info = Letters.info(s.charAt(i));
            int code = Letters.code(info);
            if (code == 0) {
                return -1;
            }
            int t = Letters.tone(info);
            if (t != Letters.NGANG) {
                if (tone != Letters.NGANG) {
                    return -1; // two tone marks: two syllables
                }
                tone = t;
            }
            key = key << 5 | code;
        }
        return toned(key, tone);
    }

    /** The packed toneless syllable {@code key} with {@code tone}, or -1 when it is not valid. */
    long toned(long key, int tone) {
        if (!containsKey(key) || tone != Letters.SAC && tone != Letters.NANG && isChecked(key)) {
            return -1;
        }
        return key << 3 | tone;
    }

    private void insert(long key) {
        int mask = table.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (table[i] == 0 || table[i] == key) {
                table[i] = key;
                return;
            }
        }
    }

    private boolean containsKey(long key) {
        int mask = table.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (table[i] == key) {
                return true;
            }
            if (table[i] == 0) {
                return false;
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /**
     * How rare the packed syllable with tone {@code tonedKey} is: 0 for the most frequent, four more each time
     * the count halves, and more than any listed syllable when it is not listed.
     */
    int rarity(long tonedKey) {
        int i = Arrays.binarySearch(frequent, tonedKey);
        return i >= 0 ? rarity[i] : unlisted;
    }

    /** The rarity of a syllable that is not listed, the highest there is. */
    int unlistedRarity() {
        return unlisted;
    }

    private boolean isChecked(long key) {
        return checked[(int) (key & 0x3FF)];
    }

    /** The syllable onset + rhyme as spelled (the rules in syllables.txt), or empty when it is not written. */
    private static Optional<String> spell(String onset, String rhyme, Set<String> takes, Set<String> is) {
        boolean rounded = is.contains("rounded") || is.contains("uy");
        if (onset.equals("qu")) {
            if (rounded && (takes.contains("rounded") || takes.contains("uy"))) {
                return Optional.of("qu" + rhyme.substring(1)); // the medial is the u of qu
            }
            return is.contains("qu") ? Optional.of("qu" + rhyme) : Optional.empty();
        }
        if (onset.isEmpty() && rhyme.startsWith("iê")) {
            return Optional.of("y" + rhyme.substring(1));
        }
        if (onset.equals("gi") && rhyme.startsWith("y")) {
            return Optional.empty();
        }
        if (onset.equals("gi") && rhyme.startsWith("i")) {
            return Optional.of("g" + rhyme);
        }
        return Optional.of(onset + rhyme);
    }

    private static Set<String> classes(String[] row) {
        return row.length < 3 ? Set.of() : Set.of(row[2].strip().split("\\s+"));
    }

    private static long pack(String toneless) {
        if (toneless.length() > MAX_LETTERS) {
            throw new IllegalStateException("syllable longer than " + MAX_LETTERS + " letters: " + toneless);
        }
        long key = 0;
        for (int i = 0; i < toneless.length(); i++) {
            key = key << 5 | Letters.ALPHABET.indexOf(toneless.charAt(i)) + 1;
        }
        return key;
    }
}
