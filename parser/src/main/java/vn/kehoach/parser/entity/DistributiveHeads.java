package vn.kehoach.parser.entity;

import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.entity.AgencyText.Type;
import vn.kehoach.parser.entity.AgencyWords.Word;
import vn.kehoach.parser.entity.PhraseTable.Hit;

/**
 * Heads shared by the items of a list: after a plural head and a colon ("Các Sở: Nội vụ, Tài chính", "UBND các
 * huyện: Giao Thủy, Hải Hậu"), and after a named department whose next item only names a field ("Sở Nội vụ, Tài
 * chính"), where the head plus the item is a known name. Immutable; one per cell.
 */
final class DistributiveHeads {
    private final AgencyText text;
    private final List<Key> keys;
    private final AgencyGrammar grammar;

    DistributiveHeads(AgencyText text, AgencyGrammar grammar) {
        this.text = text;
        this.keys = text.keys();
        this.grammar = grammar;
    }

    /** The compared words of a head ("Sở" → "so"); none for null. */
    static List<String> words(String head) {
        return head == null ? List.of()
                : KnownNames.words(AgencyText.of(head, new Abbreviations(List.of())).keys(), 0, Integer.MAX_VALUE).words();
    }

    /**
     * The head keys {@code from..to} give the items after a colon: "Các Sở" → "Sở"; "các Bộ, ngành" → "Bộ";
     * "UBND các huyện" → "UBND huyện"; else null.
     */
    String afterColon(int from, int to) {
        int k = from;
        Optional<Hit<Word>> hit = grammar.words().word(keys, k);
        if (hit.isPresent() && hit.get().value() == Word.MANY) {
            k += hit.get().length();
            hit = grammar.words().word(keys, k);
            if (k <= to && hit.isPresent() && hit.get().value() == Word.KIND
                    && grammar.bareBefore(keys, k + hit.get().length())) {
                String kind = written(k, k + hit.get().length() - 1);
                return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            }
            return null;
        }
        if (hit.isPresent() && (hit.get().value() == Word.HEAD || hit.get().value() == Word.BODY
                || hit.get().value() == Word.KIND)) {
            int many = k + hit.get().length();
            Optional<Hit<Word>> m = grammar.words().word(keys, many);
            if (m.isPresent() && m.get().value() == Word.MANY) {
                int level = many + m.get().length();
                Optional<Hit<Word>> place = grammar.words().word(keys, level);
                if (level <= to && place.isPresent() && place.get().value() == Word.PLACE) {
                    return written(k, many - 1) + " " + written(level, level + place.get().length() - 1);
                }
            }
        }
        return null;
    }

    /**
     * The head to carry from the agency starting at key {@code from} (its own capitalized kind, or the head it
     * was itself given) to the item starting at key {@code s}, when head and item make a known name: "Sở" to
     * "Tài chính" and to "Kế hoạch và Đầu tư".
     */
    Optional<String> carriedOver(int from, String given, int s) {
        List<String> head = words(given);
        String printed = given;
        if (head.isEmpty()) {
            Optional<Hit<Word>> hit = grammar.words().word(keys, from);
            if (hit.isEmpty() || hit.get().value() != Word.KIND || !keys.get(from).capital()) {
                return Optional.empty();
            }
            int last = from + hit.get().length() - 1;
            head = KnownNames.words(keys, from, last).words();
            printed = written(from, last);
        }
        for (int end = s; end < keys.size() && (keys.get(end).isWord() || keys.get(end).type() == Type.AND); end++) {
            boolean and = keys.get(end).type() == Type.AND;
            if (and || end + 1 == keys.size() || !keys.get(end + 1).isWord()) {
                int last = and ? end - 1 : end;
                if (grammar.names().completes(head, KnownNames.words(keys, s, last).words())) {
                    return Optional.of(printed);
                }
            }
        }
        return Optional.empty();
    }

    private String written(int fromKey, int toKey) {
        AgencyText.Token a = text.tokens().get(keys.get(fromKey).token());
        AgencyText.Token b = text.tokens().get(keys.get(toKey).token());
        return text.source().substring(a.start(), b.end()).replaceAll("\\s+", " ");
    }
}
