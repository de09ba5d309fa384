package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.kehoach.parser.normalize.ToneMarks;

/**
 * A cell, phrase or name cut into tokens (words, separators, parenthesized notes) and the lower-case keys the
 * agency vocabularies are matched against. An abbreviation's keys are the words of its expansion ("UBND" gives
 * "ủy ban nhân dân"), so "UBND" and "Ủy ban nhân dân" classify alike; a word glued with "&" gives "và"
 * ("hoạch&Đầu" → "hoạch", "và", "đầu"). A comma inside a run of capitals with "&" ("VH,TT&DL") stays in its word.
 * Keys are in the modern tone placement ("uỷ" → "ủy"), as the vocabulary is. Line breaks are not keys: the key
 * after one is marked {@link Key#breakBefore()}.
 *
 * <p>Immutable.
 */
final class AgencyText {
    /** What a token is. */
    enum Type { WORD, COMMA, SEMICOLON, COLON, DASH, AND, BULLET, PAREN }

    /**
     * A token: its place in the source, and for an abbreviation its expansion.
     *
     * @param text as written (for PAREN, what stands inside the parentheses)
     * @param expansion the abbreviation's expansion in this context, or null
     */
    record Token(Type type, int start, int end, String text, String expansion) {
    }

    /**
     * A key: a lower-case word or a separator sign.
     *
     * @param token the index of the token it comes from
     * @param inner true for a key that is not the first of its token (a separator there separates nothing)
     * @param capital the word starts with a capital letter (for an expansion, as the expansion is printed)
     * @param breakBefore a line break stands between this key and the one before
     */
    record Key(String text, Type type, int token, boolean inner, boolean capital, boolean breakBefore) {
        boolean isWord() {
            return type == Type.WORD || type == Type.PAREN || inner;
        }

        boolean isSeparator() {
            return !isWord();
        }
    }

    private final String source;
    private final Abbreviations abbreviations;
    private final List<Token> tokens;
    private final List<Key> keys;

    private AgencyText(String source, Abbreviations abbreviations, List<Token> tokens, List<Key> keys) {
        this.source = source;
        this.abbreviations = abbreviations;
        this.tokens = List.copyOf(tokens);
        this.keys = List.copyOf(keys);
    }

    String source() {
        return source;
    }

    /** The abbreviations it was read with. */
    Abbreviations abbreviations() {
        return abbreviations;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Key> keys() {
        return keys;
    }

    /** Cuts {@code source}; abbreviations are read with {@code abbreviations}. */
    static AgencyText of(String source, Abbreviations abbreviations) {
        List<Token> raw = new AgencyTokenizer(source, abbreviations).tokens();
        List<Token> tokens = new ArrayList<>(raw.size());
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            if (t.type() == Type.WORD && abbreviations.contains(t.text())) {
                Optional<String> e = abbreviations.expand(t.text(), wordBefore(raw, i), wordAfter(raw, i));
                t = new Token(t.type(), t.start(), t.end(), t.text(), e.orElse(null));
            }
            tokens.add(t);
            boolean breakBefore = source.substring(i == 0 ? 0 : raw.get(i - 1).end(), t.start()).indexOf('\n') >= 0;
            addKeys(keys, t, i, breakBefore && i > 0);
        }
        return new AgencyText(source, abbreviations, tokens, keys);
    }

    /** The keys of a phrase of the vocabulary, as {@link #of} would cut it (no abbreviations). */
    static List<String> phrase(String printed) {
        AgencyText t = of(printed, new Abbreviations(List.of()));
        return t.keys.stream().map(Key::text).toList();
    }

    private static void addKeys(List<Key> keys, Token t, int index, boolean breakBefore) {
        switch (t.type()) {
            case WORD -> {
                String written = t.expansion() != null ? t.expansion() : t.text();
                boolean first = true;
                for (String piece : pieces(written, t.expansion() != null)) {
                    Type type = piece.equals(",") ? Type.COMMA : piece.equals("-") ? Type.DASH : Type.WORD;
                    keys.add(new Key(ToneMarks.modernize(piece.toLowerCase(Locale.ROOT)), type, index, !first,
                            Character.isUpperCase(piece.charAt(0)), first && breakBefore));
                    first = false;
                }
            }
            case COMMA -> keys.add(new Key(",", t.type(), index, false, false, breakBefore));
            case SEMICOLON -> keys.add(new Key(";", t.type(), index, false, false, breakBefore));
            case COLON -> keys.add(new Key(":", t.type(), index, false, false, breakBefore));
            case DASH -> keys.add(new Key("-", t.type(), index, false, false, breakBefore));
            case AND -> keys.add(new Key("và", t.type(), index, false, false, breakBefore));
            case BULLET -> keys.add(new Key("•", t.type(), index, false, false, breakBefore));
            case PAREN -> keys.add(new Key("()", t.type(), index, false, false, breakBefore));
        }
    }

    /**
     * The words of a written word: split at "&" (which reads "và"), "/" and "-" (kept as "," and "-"), and for an
     * expansion at its spaces and commas.
     */
    private static List<String> pieces(String written, boolean expansion) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            String sign = c == '&' ? "và" : c == '/' || c == ',' ? "," : c == '-' ? "-" : c == ' ' ? "" : null;
            if (sign == null) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            if (!sign.isEmpty() && !(expansion && sign.equals(","))) {
                out.add(sign);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        if (out.isEmpty()) {
            out.add(written);
        }
        return out;
    }

    private static String wordBefore(List<Token> raw, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (raw.get(k).type() == Type.WORD) {
                return raw.get(k).text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String wordAfter(List<Token> raw, int i) {
        return i + 1 < raw.size() && raw.get(i + 1).type() == Type.WORD ? raw.get(i + 1).text() : null;
    }
}
