package vn.kehoach.parser.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A word in the tree: where a phrase ends, what it means. */
    static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private boolean terminal;
        Cue cue;
        int value;
        int number = -1;
        int roman;

        Node next(String word) {
            return next.get(word);
        }

        boolean terminal() {
            return terminal;
        }
    }

    private final Node root = new Node();

    Lexicon(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalStateException("deadline-words.tsv: no role in row " + String.join("\t", row));
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
