package vn.kehoach.parser.entity;

import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.entity.PhraseTable.Hit;

/**
 * The words of agency phrases ({@code agency-words.tsv}): which words head a body, which enumerate kinds and
 * levels, which make a phrase collective, and which titles and role notes stand around an agency without being
 * part of it. The file's header explains each class.
 *
 * <p>Thread-safe; immutable.
 */
final class AgencyWords {
    static final AgencyWords DEFAULT = new AgencyWords(Vocabulary.rows("agency-words.tsv"));

    /** The classes of words that say what a phrase is. */
    enum Word {
        /** Heads a body's name ("Văn phòng", "Ủy ban nhân dân"). */
        HEAD,
        /** A whole body by itself, and a head ("Chính phủ", "Tỉnh ủy"). */
        BODY,
        /** A kind of body: a head before a name, a level word when bare ("sở", "ban"). */
        KIND,
        /** A common noun for bodies ("cơ quan", "đơn vị"). */
        GENERIC,
        /** An administrative level ("huyện", "thành phố", "cấp"). */
        PLACE,
        /** Makes a phrase collective ("các"). */
        MANY,
        /** May follow a level word and leave it bare ("trực thuộc"). */
        QUALIFIER,
        /** A qualifier that makes a phrase collective ("liên quan"). */
        PLURAL,
        /** Only looks like an agency word ("xã hội"). */
        NOT;

        boolean isLevel() {
            return this == KIND || this == GENERIC || this == PLACE;
        }
    }

    private final PhraseTable<Word> words = new PhraseTable<>();
    private final PhraseTable<Boolean> roles = new PhraseTable<>();
    private final PhraseTable<Boolean> notes = new PhraseTable<>();
    private final PhraseTable<Boolean> joiners = new PhraseTable<>();
    private final PhraseTable<Boolean> units = new PhraseTable<>();
    private final PhraseTable<Boolean> owners = new PhraseTable<>();

    AgencyWords(List<String[]> rows) {
        for (String[] r : rows) {
            String phrase = r[1].strip();
            switch (r[0].strip()) {
                case "role" -> roles.add(phrase, true);
                case "note" -> notes.add(phrase, true);
                case "joiner" -> joiners.add(phrase, true);
                case "unit" -> units.add(phrase, true);
                case "owner" -> owners.add(phrase, true);
                default -> words.add(phrase, Word.valueOf(r[0].strip().toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

    /** The longest classified phrase at key {@code at}. */
    Optional<Hit<Word>> word(List<Key> keys, int at) {
        return words.longest(keys, at);
    }

    /** The class of the longest phrase at {@code at}, or null. */
    Word classAt(List<Key> keys, int at) {
        return word(keys, at).map(Hit::value).orElse(null);
    }

    /** The role phrases at {@code at}, longest first ("Giao", "Chủ tịch", "Thủ trưởng"). */
    List<Hit<Boolean>> roles(List<Key> keys, int at) {
        return roles.all(keys, at);
    }

    /** The role-note phrases at {@code at}, longest first ("chủ trì", "cơ quan phối hợp"). */
    List<Hit<Boolean>> notes(List<Key> keys, int at) {
        return notes.all(keys, at);
    }

    /** The joiner phrases at {@code at}, longest first ("phối hợp với"). */
    List<Hit<Boolean>> joiners(List<Key> keys, int at) {
        return joiners.all(keys, at);
    }

    /** True when the whole of {@code text} is a role note. */
    boolean isNote(String text) {
        List<Key> keys = AgencyText.of(text, new Abbreviations(List.of())).keys();
        return !keys.isEmpty() && notes.covers(keys, 0, keys.size() - 1);
    }

    boolean isUnit(List<Key> keys, int at) {
        return units.longest(keys, at).isPresent();
    }

    boolean isOwner(List<Key> keys, int at) {
        return owners.longest(keys, at).isPresent();
    }
}
