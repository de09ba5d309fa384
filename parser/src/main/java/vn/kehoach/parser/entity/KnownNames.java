package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.entity.AgencyText.Type;
import vn.kehoach.parser.normalize.Fold;

/**
 * Official names of bodies ({@code agency-names.txt}), compared by their folded words without punctuation and
 * without "và", so that "Sở Kế hoạch đầu tư", "Sở Kế hoạch&Đầu tư" and "Sở KH&ĐT" are all "Sở Kế hoạch và Đầu tư",
 * and a comma or "và" inside "Sở Văn hóa, Thể thao và Du lịch" does not separate two agencies.
 *
 * <p>Thread-safe; immutable.
 */
final class KnownNames {
    static final KnownNames DEFAULT = new KnownNames(Vocabulary.words("agency-names.txt"));

    /** A known name and its words as compared. */
    record Name(String printed, List<String> words) {
    }

    /**
     * The compared words of some keys, and for each the index of the key it comes from.
     */
    record Words(List<String> words, List<Integer> keys) {
        int size() {
            return words.size();
        }

        Words from(int i) {
            return new Words(words.subList(i, words.size()), keys.subList(i, keys.size()));
        }
    }

    private final Map<String, List<Name>> byFirst = new HashMap<>();

    KnownNames(List<String> names) {
        Abbreviations none = new Abbreviations(List.of());
        for (String printed : names) {
            Words w = words(AgencyText.of(printed, none).keys(), 0, Integer.MAX_VALUE);
            if (w.size() > 0) {
                byFirst.computeIfAbsent(w.words().get(0), k -> new ArrayList<>()).add(new Name(printed, w.words()));
            }
        }
    }

    /** The compared words of keys {@code from..to} (inclusive, clipped to the list). */
    static Words words(List<Key> keys, int from, int to) {
        List<String> words = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int k = Math.max(0, from); k <= to && k < keys.size(); k++) {
            Key key = keys.get(k);
            if (key.type() != Type.WORD) {
                continue;
            }
            String w = Fold.fold(key.text());
            if (!w.equals("va")) {
                words.add(w);
                index.add(k);
            }
        }
        return new Words(List.copyOf(words), List.copyOf(index));
    }

    /** The known name with these words spelled as {@code written} ("Đài Phát thanh - Truyền hình"), else {@code name}. */
    Name spelledAs(Name name, String written) {
        String w = Fold.fold(written.strip().replaceAll("\\s+", " "));
        return candidates(name.words()).stream().filter(n -> n.words().equals(name.words()))
                .filter(n -> Fold.fold(n.printed()).equals(w)).findFirst().orElse(name);
    }

    /** The longest known name that {@code text} starts with. */
    Optional<Name> prefixOf(List<String> text) {
        Name best = null;
        for (Name n : candidates(text)) {
            if (startsWith(text, n.words(), 0) && (best == null || n.words().size() > best.words().size())) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when {@code text} is exactly a known name. */
    boolean isName(List<String> text) {
        return candidates(text).stream().anyMatch(n -> n.words().equals(text));
    }

    /**
     * True when some known name begins with all of {@code head} and goes on with the first words of
     * {@code rest}: the agency being read continues past a separator.
     */
    boolean continues(List<String> head, List<String> rest) {
        if (head.isEmpty() || rest.isEmpty()) {
            return false;
        }
        for (Name n : candidates(head)) {
            List<String> w = n.words();
            if (w.size() > head.size() && startsWith(w, head, 0) && startsWith(rest, w.subList(head.size(), w.size()), 0)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code head} followed by exactly {@code item} is a known name ("Sở" + "Tài chính"). */
    boolean completes(List<String> head, List<String> item) {
        List<String> joined = new ArrayList<>(head);
        joined.addAll(item);
        return !item.isEmpty() && isName(joined);
    }

    private List<Name> candidates(List<String> text) {
        return text.isEmpty() ? List.of() : byFirst.getOrDefault(text.get(0), List.of());
    }

    private static boolean startsWith(List<String> text, List<String> prefix, int at) {
        if (at + prefix.size() > text.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!text.get(at + i).equals(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }
}
