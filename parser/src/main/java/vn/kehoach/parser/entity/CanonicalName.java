package vn.kehoach.parser.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.entity.AgencyText.Token;
import vn.kehoach.parser.entity.AgencyText.Type;
import vn.kehoach.parser.entity.AgencyWords.Word;
import vn.kehoach.parser.entity.PhraseTable.Hit;

/**
 * The canonical form of a name: a known name it starts with in its official spelling ("Sở Kế hoạch đầu tư" →
 * "Sở Kế hoạch và Đầu tư"), abbreviations expanded ("UBND" → "Ủy ban nhân dân"), a glued "&" read "và", heads in
 * their printed case ("Ủy Ban Nhân Dân" → "Ủy ban nhân dân"), and in a collective phrase the kinds in lower case
 * and listed with commas ("Các Sở - ngành" → "Các sở, ngành"; "các sở, ban ngành" → "Các sở, ban, ngành"). The
 * first letter is a capital. Not thread-safe: one instance per name.
 */
final class CanonicalName {
    private static final Pattern GLUED_AND = Pattern.compile("(?<=\\p{L})&(?=\\p{L})");

    private final boolean nested; // inside parentheses: deeper ones stay as written
    private final AgencyText text;
    private final List<Key> keys;
    private final AgencyGrammar grammar;
    private final Word[] classes;
    private final boolean[] levelEnd;
    private final int[] hitStart;
    private final int[] firstKey;
    private final int[] lastKey;
    private final StringBuilder out = new StringBuilder();

    private CanonicalName(AgencyText text, AgencyGrammar grammar, boolean nested) {
        this.nested = nested;
        this.text = text;
        this.keys = text.keys();
        this.grammar = grammar;
        this.classes = new Word[keys.size()];
        this.levelEnd = new boolean[keys.size()];
        this.hitStart = new int[keys.size()];
        java.util.Arrays.fill(hitStart, -1);
        this.firstKey = new int[text.tokens().size()];
        this.lastKey = new int[text.tokens().size()];
        java.util.Arrays.fill(firstKey, -1);
        for (int k = 0; k < keys.size(); k++) {
            int t = keys.get(k).token();
            if (firstKey[t] < 0) {
                firstKey[t] = k;
            }
            lastKey[t] = k;
        }
        for (int k = 0; k < keys.size(); ) {
            Optional<Hit<Word>> hit = keys.get(k).isWord() ? grammar.words().word(keys, k) : Optional.empty();
            int length = hit.map(Hit::length).orElse(1);
            if (hit.isPresent()) {
                java.util.Arrays.fill(hitStart, k, k + length, k);
                classes[k] = hit.get().value();
                levelEnd[k + length - 1] = isBareLevel(k, hit.get());
            }
            k += length;
        }
    }

    static String of(AgencyText text, AgencyGrammar grammar) {
        return new CanonicalName(text, grammar, false).render();
    }

    private String render() {
        List<Token> tokens = text.tokens();
        int first = knownStart();
        boolean listing = isCollectiveStart(); // in the leading list of kinds: "Các sở, ban, ngành"
        boolean lastLevel = false;
        for (int i = first; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int k = firstKey(i);
            switch (t.type()) {
                case COMMA, SEMICOLON, COLON -> out.append(t.text());
                case DASH -> out.append(listing && lastLevel && k + 1 < keys.size() && startsLevel(k + 1) ? "," : " -");
                case AND -> out.append(" và");
                case BULLET -> { }
                case PAREN -> out.append(" (").append(nested ? t.text() : inner(t.text())).append(')');
                case WORD -> {
                    listing &= classes[k] == Word.MANY || startsLevel(k) || hitStart[k] >= 0 && hitStart[k] < k;
                    if (listing && lastLevel && startsLevel(k)) {
                        out.append(','); // "ban ngành" → "ban, ngành"
                    }
                    i = word(i, k, listing);
                }
            }
            int lastKey = lastKey(i);
            lastLevel = t.type() == Type.WORD && lastKey >= 0 && levelEnd[lastKey];
        }
        String s = out.toString().strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What stands in parentheses, abbreviations expanded too: "(Sở GTVT)" → "(Sở Giao thông vận tải)". */
    private String inner(String written) {
        AgencyText t = AgencyText.of(written, text.abbreviations());
        String s = t.keys().isEmpty() ? written : new CanonicalName(t, grammar, true).render();
        return !written.isEmpty() && Character.isLowerCase(written.charAt(0)) && !s.isEmpty()
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    /** Prints the word token {@code i} (or the head phrase it starts); the last token printed. */
    private int word(int i, int k, boolean collective) {
        Token t = text.tokens().get(i);
        if (t.expansion() != null) {
            out.append(' ').append(t.expansion());
            return i;
        }
        Optional<Hit<Word>> hit = grammar.words().word(keys, k);
        if (hit.isPresent() && (hit.get().value() == Word.HEAD || hit.get().value() == Word.BODY)) {
            int end = k + hit.get().length() - 1;
            int lastToken = keys.get(end).token();
            if ((end + 1 >= keys.size() || keys.get(end + 1).token() != lastToken) && plainWords(i, lastToken)) {
                out.append(' ').append(hit.get().printed());
                return lastToken;
            }
        }
        String w = GLUED_AND.matcher(t.text()).replaceAll(" và ");
        if (collective && (classes[k] == Word.KIND || classes[k] == Word.GENERIC) && levelEnd[k + hit.map(Hit::length).orElse(1) - 1]) {
            w = w.toLowerCase(Locale.ROOT);
        }
        out.append(' ').append(w);
        return i;
    }

    /** The index of the first token after a known name the text starts with, printed in its official spelling. */
    private int knownStart() {
        KnownNames.Words all = KnownNames.words(keys, 0, keys.size());
        Optional<KnownNames.Name> known = grammar.names().prefixOf(all.words());
        if (known.isEmpty()) {
            return 0;
        }
        int lastKey = all.keys().get(known.get().words().size() - 1);
        int token = keys.get(lastKey).token();
        if (lastKey + 1 < keys.size() && keys.get(lastKey + 1).token() == token) {
            return 0; // the name ends inside a word
        }
        String written = text.source().substring(text.tokens().get(0).start(), text.tokens().get(token).end());
        out.append(grammar.names().spelledAs(known.get(), written).printed());
        return token + 1;
    }

    private boolean isCollectiveStart() {
        int at = grammar.afterRoles(keys, 0);
        Optional<Hit<Word>> hit = at < keys.size() ? grammar.words().word(keys, at) : Optional.empty();
        return hit.isPresent() && (hit.get().value() == Word.MANY || hit.get().value() == Word.GENERIC
                || hit.get().value() == Word.KIND && grammar.bareBefore(keys, at + hit.get().length()));
    }

    private boolean isBareLevel(int k, Hit<Word> hit) {
        Word w = hit.value();
        return (w == Word.KIND || w == Word.GENERIC) && grammar.bareBefore(keys, k + hit.length());
    }

    private boolean startsLevel(int k) {
        return k < keys.size() && (classes[k] == Word.KIND || classes[k] == Word.GENERIC)
                && grammar.bareBefore(keys, k + grammar.words().word(keys, k).map(Hit::length).orElse(1));
    }

    private boolean plainWords(int fromToken, int toToken) {
        for (int i = fromToken; i <= toToken; i++) {
            if (text.tokens().get(i).type() != Type.WORD || text.tokens().get(i).expansion() != null) {
                return false;
            }
        }
        return true;
    }

    private int firstKey(int token) {
        return firstKey[token];
    }

    private int lastKey(int token) {
        return lastKey[token];
    }
}
