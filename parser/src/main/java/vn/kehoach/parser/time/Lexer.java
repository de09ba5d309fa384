package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        for (int i = 0; i < n; i++) {
            f[i] = Fold.fold(text.charAt(i));
        }
        List<Lexeme> raw = new ArrayList<>(16);
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
                    raw.add(new Lexeme(Lexeme.Type.OTHER, i, run, null, 0, -1, 0, 0, spaced));
                    j = run;
                } else if (j < n && f[j] == '%') {
                    raw.add(new Lexeme(Lexeme.Type.OTHER, i, ++j, null, 0, -1, 0, 0, spaced));
                } else {
                    plainRunEnd = run; // a part of a run without letters is no symbol either: one scan per run
                    raw.add(new Lexeme(Lexeme.Type.NUMBER, i, j, null, 0, value, j - i, 0, spaced));
                }
            } else if (isLetter(c)) {
                while (j < n && isLetter(f[j])) {
                    j++;
                }
                raw.add(new Lexeme(Lexeme.Type.WORD, i, j, null, 0, -1, 0, 0, spaced));
            } else {
                raw.add(Lexeme.sign(c, i, spaced));
            }
            spaced = false;
            i = j;
        }
        return new Lexemes(phrases(raw, f, text), text);
    }

    /** Words replaced by the longest phrase of the lexicon that starts with them. */
    private List<Lexeme> phrases(List<Lexeme> raw, char[] f, String text) {
        List<Lexeme> out = new ArrayList<>(raw.size());
        int t = 0;
        while (t < raw.size()) {
            Lexeme first = raw.get(t);
            if (!first.isWord()) {
                out.add(first);
                t++;
                continue;
            }
            Lexicon.Node node = lexicon.root();
            Lexicon.Node best = null;
            int bestEnd = t;
            for (int k = t; k < raw.size() && raw.get(k).isWord(); k++) {
                Lexeme w = raw.get(k);
                node = node.next(f, w.start(), w.end());
                if (node != null && node.hasRejects()
                        && node.rejects(text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT))) {
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
                out.add(first);
                t++;
            } else {
                out.add(new Lexeme(Lexeme.Type.WORD, first.start(), raw.get(bestEnd).end(), best.cue, best.value,
                        best.number, 0, best.roman, first.spaced()));
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
