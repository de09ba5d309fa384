package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * The abbreviations of {@code abbreviations.tsv} and their expansions, with the context rules of the ambiguous
 * ones (vn-document-rules §3.6): "Sở TP" is Sở Tư pháp, "TP Nam Định" thành phố Nam Định, "UBND TP" Ủy ban nhân
 * dân Thành phố; "CT UBND" Chủ tịch; "TT HĐND" Thường trực. A word matches as spelled, or, when it is written
 * all in capitals, through {@link Fold} ("HDND" for "HĐND").
 *
 * <p>Thread-safe; immutable.
 */
final class Abbreviations {
    static final Abbreviations DEFAULT = new Abbreviations(Vocabulary.rows("abbreviations.tsv"));

    /** One reading of an abbreviation, and the context it needs (null: the default). */
    private record Reading(String expansion, String where, Set<String> words) {
        boolean holds(String before, String after) {
            return switch (where == null ? "" : where) {
                case "" -> true;
                case "after" -> before != null && words.contains(before);
                case "before" -> after != null && words.contains(after.toLowerCase(Locale.ROOT));
                case "before-name" -> after != null && Character.isUpperCase(after.charAt(0));
                default -> false;
            };
        }
    }

    private final Map<String, List<Reading>> spelled = new HashMap<>();
    private final Map<String, List<Reading>> folded = new HashMap<>();

    Abbreviations(List<String[]> rows) {
        for (String[] r : rows) {
            String abbreviation = r[0].strip();
            Reading reading;
            if (r.length > 2 && !r[2].isBlank()) {
                String[] context = r[2].strip().split(":", 2);
                Set<String> words = context.length > 1 ? Set.of(context[1].split("\\|")) : Set.of();
                reading = new Reading(r[1].strip(), context[0], words);
            } else {
                reading = new Reading(r[1].strip(), null, Set.of());
            }
            spelled.computeIfAbsent(abbreviation, k -> new ArrayList<>()).add(reading);
            folded.computeIfAbsent(Fold.fold(abbreviation), k -> new ArrayList<>()).add(reading);
        }
    }

    /** True when {@code word} is a listed abbreviation, whatever its reading. */
    boolean contains(String word) {
        return readings(word) != null;
    }

    /**
     * The expansion of {@code word} between the lower-case word before it and the word after it as written
     * (either may be null), or empty when it is not an abbreviation or no reading fits the context.
     */
    Optional<String> expand(String word, String before, String after) {
        List<Reading> readings = readings(word);
        if (readings == null) {
            return Optional.empty();
        }
        for (Reading r : readings) {
            if (r.holds(before, after)) {
                return Optional.of(r.expansion());
            }
        }
        return Optional.empty();
    }

    private List<Reading> readings(String word) {
        List<Reading> exact = spelled.get(word);
        if (exact != null || word.isEmpty() || !word.equals(word.toUpperCase(Locale.ROOT))
                || !Character.isLetter(word.charAt(0))) {
            return exact;
        }
        return folded.get(Fold.fold(word));
    }
}
