package vn.kehoach.parser.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.kehoach.model.Frequency;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * The words and phrases of deadlines ({@code deadline-words.tsv}), as a tree of folded words so that the
 * longest phrase at a position is found in one walk.
 *
 * <p>Thread-safe; immutable after construction.
 */
final class Lexicon {
    static final Lexicon DEFAULT = new Lexicon(Vocabulary.rows("deadline-words.tsv"));

    /**
     * A word in the tree: where a phrase ends, what it means. The words that may follow are looked up by a span of
     * folded characters, in an open-addressing table, so that lexing allocates no string per word.
     */
    static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private String[] keys = new String[0];
        private Node[] nodes = new Node[0];
        private boolean terminal;
        /** Spellings (lower case, with diacritics) of other words that fold like this one; null when none. */
        private String[] rejects;
        Cue cue;
        int value;
        int number = -1;
        int roman;

        /** The node of the word {@code f[from, to)} after this one, or null. */
        Node next(char[] f, int from, int to) {
            if (keys.length == 0) {
                return null;
            }
            int mask = keys.length - 1;
            for (int h = hash(f, from, to) & mask; keys[h] != null; h = (h + 1) & mask) {
                if (matches(keys[h], f, from, to)) {
                    return nodes[h];
                }
            }
            return null;
        }

        boolean terminal() {
            return terminal;
        }

        /** True when {@code text[from, to)} (any case) is another word that only folds like this one. */
        boolean rejects(String text, int from, int to) {
            if (rejects == null) {
                return false;
            }
            for (String r : rejects) {
                if (r.length() == to - from && sameWord(text, from, r)) {
                    return true;
                }
            }
            return false;
        }

        /** True when the text at {@code from} is {@code word} (lower case) in any case. */
        private static boolean sameWord(String text, int from, String word) {
            for (int k = 0; k < word.length(); k++) {
                char a = text.charAt(from + k);
                char b = word.charAt(k);
                if (a != b && Character.toLowerCase(a) != b) {
                    return false;
                }
            }
            return true;
        }

        /** Freezes the children into the lookup table, and theirs. */
        private void seal() {
            int size = Integer.highestOneBit(Math.max(1, next.size() * 4 - 1)) * 2;
            keys = new String[size];
            nodes = new Node[size];
            for (Map.Entry<String, Node> e : next.entrySet()) {
                String k = e.getKey();
                int h = hash(k.toCharArray(), 0, k.length()) & (size - 1);
                while (keys[h] != null) {
                    h = (h + 1) & (size - 1);
                }
                keys[h] = k;
                nodes[h] = e.getValue();
                e.getValue().seal();
            }
        }

        private static int hash(char[] f, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + f[i];
            }
            return h ^ (h >>> 16);
        }

        private static boolean matches(String key, char[] f, int from, int to) {
            if (key.length() != to - from) {
                return false;
            }
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) != f[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Node root = new Node();

    Lexicon(List<String[]> rows) {
        Map<String, Set<String>> rejected = new HashMap<>();
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalStateException("deadline-words.tsv: no role in row " + String.join("\t", row));
            }
            if (row[1].strip().equals("NOT")) {
                String spelling = row[0].strip().toLowerCase(Locale.ROOT);
                rejected.computeIfAbsent(Fold.words(spelling), w -> new HashSet<>()).add(spelling);
                continue;
            }
            Node node = root;
            for (String word : Fold.words(row[0]).split(" ")) {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            node.terminal = true;
            Cue cue = Cue.valueOf(row[1].strip());
            String value = row.length > 2 ? row[2].strip() : "";
            switch (cue) {
                case NUMBER -> node.number = Integer.parseInt(value);
                case ROMAN -> node.roman = Integer.parseInt(value);
                default -> {
                    // Words that fold alike share a node: "sau" is AFTER and the number "sáu".
                    node.cue = cue;
                    node.value = value(cue, value);
                }
            }
        }
        reject(root, rejected);
        root.seal();
    }

    /** Marks every node of a word that other words fold like. */
    private static void reject(Node node, Map<String, Set<String>> rejected) {
        for (Map.Entry<String, Node> e : node.next.entrySet()) {
            Set<String> r = rejected.get(e.getKey());
            if (r != null) {
                e.getValue().rejects = r.toArray(new String[0]);
            }
            reject(e.getValue(), rejected);
        }
    }

    /** The first word of every phrase. */
    Node root() {
        return root;
    }

    private static int value(Cue cue, String value) {
        return switch (cue) {
            case EVERY -> Frequency.valueOf(value).ordinal();
            case DURATION -> Length.valueOf(value).ordinal();
            case YEAR_PART -> switch (value) {
                case "FIRST" -> Cue.FIRST;
                case "LAST" -> Cue.LAST;
                case "WHOLE" -> Cue.WHOLE;
                default -> throw new IllegalStateException("deadline-words.tsv: unknown year part " + value);
            };
            default -> 0;
        };
    }
}
