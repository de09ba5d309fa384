package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.normalize.Fold;

/**
 * Phrases of the agency vocabulary, each with a value, matched against keys of an {@link AgencyText}: whole
 * keys, in lower case, with their diacritics ("trưởng" is a role, "Trường" a school), except that a key written
 * without any diacritic matches through {@link Fold} ("so noi vu").
 *
 * <p>Immutable once built.
 */
final class PhraseTable<V> {
    /**
     * A phrase found.
     *
     * @param length how many keys it covers
     * @param printed the phrase as the vocabulary prints it
     */
    record Hit<V>(V value, int length, String printed) {
    }

    private record Entry<V>(List<String> words, V value, String printed) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    void add(String printed, V value) {
        List<String> words = AgencyText.phrase(printed);
        if (words.isEmpty()) {
            return;
        }
        List<Entry<V>> list = byFirst.computeIfAbsent(Fold.fold(words.get(0)), k -> new ArrayList<>());
        list.add(new Entry<>(words, value, printed));
        list.sort(Comparator.comparingInt((Entry<V> e) -> e.words().size()).reversed());
    }

    /** The longest phrase starting at key {@code at}, if any. */
    Optional<Hit<V>> longest(List<Key> keys, int at) {
        List<Hit<V>> all = all(keys, at);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every phrase starting at key {@code at}, longest first. */
    List<Hit<V>> all(List<Key> keys, int at) {
        if (at < 0 || at >= keys.size()) {
            return List.of();
        }
        List<Entry<V>> candidates = byFirst.get(Fold.fold(keys.get(at).text()));
        if (candidates == null) {
            return List.of();
        }
        List<Hit<V>> out = new ArrayList<>(1);
        for (Entry<V> e : candidates) {
            if (matches(e.words(), keys, at)) {
                out.add(new Hit<>(e.value(), e.words().size(), e.printed()));
            }
        }
        return out;
    }

    /** True when a phrase covers exactly the keys {@code from..to} (inclusive). */
    boolean covers(List<Key> keys, int from, int to) {
        return all(keys, from).stream().anyMatch(h -> h.length() == to - from + 1);
    }

    private static boolean matches(List<String> words, List<Key> keys, int at) {
        if (at + words.size() > keys.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!same(words.get(i), keys.get(at + i).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String phraseWord, String key) {
        return phraseWord.equals(key) || isAscii(key) && Fold.fold(phraseWord).equals(key);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
