package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.normalize.Fold;

/**
 * Cuts normalized text into {@link Lexeme}s: numbers, words (the lexicon's phrases as one lexeme each), signs, and
 * runs that must not be read as dates: document symbols ("29/2013/NĐ-CP", "19-NQ/TW", "55/KH-UBND"), numbers
 * glued by a colon ("9001:2008") and percentages ("80%").
 *
 * <p>Words are matched folded ({@link Fold}: no diacritics, lower case; the folded text has the same length, so
 * offsets are the normalized text's). Linear in the length of the text. Thread-safe; immutable.
 */
final class Lexer {
    private final Lexicon lexicon;

    Lexer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The lexemes of {@code text}, which should be normalized (NFC, dashes as '-', single spaces). */
    Lexemes lex(String text) {
        int n = text.length();
        char[] f = new char[n];
        text.getChars(0, n, f, 0);
        for (int i = 0; i < n; i++) {
            f[i] = Fold.fold(f[i]);
        }
        Tokens raw = new Tokens(n);
        boolean spaced = false;
        int plainRunEnd = -1; // the end of a run of digits and signs already found to be no symbol
        int i = 0;
        while (i < n) {
            char c = f[i];
            if (isSpace(c)) {
                spaced = true;
                i++;
                continue;
            }
            int j = i + 1;
            if (isDigit(c)) {
                int value = c - '0';
                while (j < n && isDigit(f[j])) {
                    value = value > 99_999_999 ? Integer.MAX_VALUE : value * 10 + f[j] - '0';
                    j++;
                }
                int run = i < plainRunEnd ? plainRunEnd : runEnd(f, i);
                if (run != plainRunEnd && isSymbol(f, i, run)) {
                    raw.add(Lexeme.Type.OTHER, i, run, 0, spaced);
                    j = run;
                } else if (j < n && f[j] == '%') {
                    raw.add(Lexeme.Type.OTHER, i, ++j, 0, spaced);
                } else {
                    plainRunEnd = run; // a part of a run without letters is no symbol either: one scan per run
                    raw.add(Lexeme.Type.NUMBER, i, j, value, spaced);
                }
            } else if (isLetter(c)) {
                while (j < n && isLetter(f[j])) {
                    j++;
                }
                raw.add(Lexeme.Type.WORD, i, j, 0, spaced);
            } else {
                raw.add(Lexeme.Type.SIGN, i, j, c, spaced);
            }
            spaced = false;
            i = j;
        }
        return new Lexemes(phrases(raw, f, text), text);
    }

    /** Tokens before the lexicon is applied, in parallel arrays: no object per token. */
    private static final class Tokens {
        private static final Lexeme.Type[] TYPES = Lexeme.Type.values();
        private byte[] type;
        private int[] start;
        private int[] end;
        private int[] value;
        private boolean[] spaced;
        private int size;

        Tokens(int textLength) {
            int capacity = Math.max(4, Math.min(textLength / 2 + 1, 64));
            type = new byte[capacity];
            start = new int[capacity];
            end = new int[capacity];
            value = new int[capacity];
            spaced = new boolean[capacity];
        }

        void add(Lexeme.Type t, int from, int to, int v, boolean space) {
            if (size == type.length) {
                int c = size * 2;
                type = java.util.Arrays.copyOf(type, c);
                start = java.util.Arrays.copyOf(start, c);
                end = java.util.Arrays.copyOf(end, c);
                value = java.util.Arrays.copyOf(value, c);
                spaced = java.util.Arrays.copyOf(spaced, c);
            }
            type[size] = (byte) t.ordinal();
            start[size] = from;
            end[size] = to;
            value[size] = v;
            spaced[size++] = space;
        }

        boolean isWord(int k) {
            return type[k] == Lexeme.Type.WORD.ordinal();
        }

        /** The token as a lexeme of its own. */
        Lexeme lexeme(int k) {
            Lexeme.Type t = TYPES[type[k]];
            return switch (t) {
                case NUMBER -> new Lexeme(t, start[k], end[k], null, 0, value[k], end[k] - start[k], 0, spaced[k]);
                case SIGN -> Lexeme.sign((char) value[k], start[k], spaced[k]);
                default -> new Lexeme(t, start[k], end[k], null, 0, -1, 0, 0, spaced[k]);
            };
        }
    }

    /** Words replaced by the longest phrase of the lexicon that starts with them. */
    private List<Lexeme> phrases(Tokens raw, char[] f, String text) {
        List<Lexeme> out = new ArrayList<>(raw.size);
        int t = 0;
        while (t < raw.size) {
            if (!raw.isWord(t)) {
                out.add(raw.lexeme(t++));
                continue;
            }
            Lexicon.Node node = lexicon.root();
            Lexicon.Node best = null;
            int bestEnd = t;
            for (int k = t; k < raw.size && raw.isWord(k); k++) {
                node = node.next(f, raw.start[k], raw.end[k]);
                if (node != null && node.rejects(text, raw.start[k], raw.end[k])) {
                    node = null; // "tỉnh" folds like "tính" but is another word
                }
                if (node == null) {
                    break;
                }
                if (node.terminal()) {
                    best = node;
                    bestEnd = k;
                }
            }
            if (best == null) {
                out.add(raw.lexeme(t++));
            } else {
                out.add(new Lexeme(Lexeme.Type.WORD, raw.start[t], raw.end[bestEnd], best.cue, best.value,
                        best.number, 0, best.roman, raw.spaced[t]));
                t = bestEnd + 1;
            }
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c < 0x80 ? c <= ' ' && Character.isWhitespace(c)
                : Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The end of the run of characters from {@code i} up to white space or a bracket, quote, comma or semicolon. */
    private static int runEnd(char[] f, int i) {
        int k = i;
        while (k < f.length) {
            char c = f[k];
            if (isSpace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || c == '[') {
                break;
            }
            k++;
        }
        while (k > i && (f[k - 1] == '.' || f[k - 1] == ':')) {
            k--;
        }
        return k;
    }

    /** A document symbol (digits, a slash or dash, and letters) or digits joined by a colon. */
    private static boolean isSymbol(char[] f, int from, int to) {
        boolean letter = false;
        boolean joiner = false;
        for (int k = from; k < to; k++) {
            char c = f[k];
            if (isLetter(c)) {
                letter = true;
            } else if (c == '/' || c == '-') {
                joiner = true;
            } else if (c == ':' && k + 1 < to && isDigit(f[k + 1])) {
                return true;
            }
        }
        return letter && joiner;
    }
}
