package vn.kehoach.parser.entity;

import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.entity.AgencyText.Type;
import vn.kehoach.parser.entity.AgencyWords.Word;
import vn.kehoach.parser.entity.PhraseTable.Hit;

/**
 * What the words of an agency phrase say, shared by the splitter and the resolver: where an agency starts, which
 * titles before it to drop, whether a level word is bare ("các sở, ban, ngành") or heads a name ("Ban Quản lý"),
 * and whether a phrase stands for many bodies.
 *
 * <p>Thread-safe; immutable.
 */
final class AgencyGrammar {
    static final AgencyGrammar DEFAULT = new AgencyGrammar(AgencyWords.DEFAULT, KnownNames.DEFAULT);

    /** Titles in a row before an agency: "Giao Giám đốc Sở ...", "Đề nghị Chủ tịch UBND ...". */
    private static final int MAX_ROLES = 4;

    private final AgencyWords words;
    private final KnownNames names;

    AgencyGrammar(AgencyWords words, KnownNames names) {
        this.words = words;
        this.names = names;
    }

    AgencyWords words() {
        return words;
    }

    KnownNames names() {
        return names;
    }

    /** True when an agency can start at key {@code at}: a head, a kind or generic word, "các", a known name. */
    boolean startsAgency(List<Key> keys, int at) {
        if (at >= keys.size() || keys.get(at).isSeparator()) {
            return false;
        }
        Word w = words.classAt(keys, at);
        return w == Word.HEAD || w == Word.BODY || w == Word.KIND || w == Word.GENERIC || w == Word.MANY
                || names.prefixOf(KnownNames.words(keys, at, at + 24).words()).isPresent();
    }

    /** The first key after the titles and role words that stand before an agency at {@code at} ("Giao", "Chủ tịch"). */
    int afterRoles(List<Key> keys, int at) {
        int after = afterRoles(keys, at, 0);
        return after < 0 ? at : after;
    }

    /** The key after a chain of at most {@link #MAX_ROLES} role phrases that ends where an agency starts, or -1. */
    private int afterRoles(List<Key> keys, int at, int depth) {
        if (depth == MAX_ROLES) {
            return -1;
        }
        for (Hit<Boolean> role : words.roles(keys, at)) {
            int after = at + role.length();
            if (startsAgency(keys, after)) {
                return after;
            }
            int further = afterRoles(keys, after, depth + 1);
            if (further >= 0) {
                return further;
            }
        }
        return -1;
    }

    /**
     * True when a level word ending just before key {@code at} is bare: followed by nothing, a separator, another
     * level word, a qualifier or "các" ("các sở, ban ngành liên quan") rather than by a name ("Ban Quản lý").
     */
    boolean bareBefore(List<Key> keys, int at) {
        if (at >= keys.size() || keys.get(at).isSeparator() || keys.get(at).text().equals("và")) {
            return true;
        }
        Optional<Hit<Word>> hit = words.word(keys, at);
        if (hit.isEmpty()) {
            return false;
        }
        Word w = hit.get().value();
        if (w == Word.GENERIC && keys.get(at).capital()) {
            return false; // "Ban Tổ chức": a capital makes it a name
        }
        return w.isLevel() || w == Word.QUALIFIER || w == Word.PLURAL || w == Word.MANY;
    }

    /** True when the phrase stands for many bodies ("Các sở, ban, ngành", "UBND cấp huyện", "Sở, ngành liên quan"). */
    boolean isCollective(List<Key> keys) {
        int at = afterRoles(keys, 0);
        KnownNames.Words all = KnownNames.words(keys, at, keys.size());
        Optional<KnownNames.Name> known = names.prefixOf(all.words());
        if (known.isPresent() && known.get().words().size() == all.size()) {
            return false;
        }
        Optional<Hit<Word>> first = words.word(keys, at);
        if (first.isPresent()) {
            Word w = first.get().value();
            if (w == Word.MANY || w == Word.GENERIC || w == Word.KIND && bareBefore(keys, at + first.get().length())) {
                return true;
            }
        }
        int from = known.map(n -> all.keys().get(n.words().size() - 1) + 1).orElse(at);
        return enumerates(keys, from);
    }

    /** A plural qualifier, a level after a head ("UBND cấp huyện", "UBND các huyện"), or a list of levels. */
    private boolean enumerates(List<Key> keys, int from) {
        Word previous = null;
        for (int k = from; k < keys.size(); ) {
            Key key = keys.get(k);
            Optional<Hit<Word>> hit = key.isWord() ? words.word(keys, k) : Optional.empty();
            Word w = hit.map(Hit::value).orElse(null);
            if (w == Word.PLURAL) {
                return true;
            }
            if ((previous == Word.HEAD || previous == Word.BODY || previous == Word.KIND) && (w == Word.MANY || w == Word.PLACE && key.text().equals("cấp"))) {
                return true;
            }
            if (w == Word.MANY && k > from && words.classAt(keys, k + hit.get().length()) != null
                    && words.classAt(keys, k + hit.get().length()).isLevel()) {
                return true;
            }
            boolean separator = key.isSeparator() && (key.type() == Type.COMMA || key.type() == Type.DASH || key.type() == Type.AND);
            if (separator && k + 1 < keys.size()) {
                Optional<Hit<Word>> next = words.word(keys, k + 1);
                if (next.isPresent() && isLevelWord(keys, k + 1, next.get())) {
                    return true;
                }
            }
            previous = w;
            k += hit.map(Hit::length).orElse(1);
        }
        return false;
    }

    private boolean isLevelWord(List<Key> keys, int at, Hit<Word> hit) {
        Word w = hit.value();
        return w == Word.PLACE || w == Word.GENERIC || w == Word.KIND && bareBefore(keys, at + hit.length());
    }
}
