package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.normalize.Fold;

/**
 * Cuts normalized text into {@link Lexeme}s: numbers, words (the lexicon's phrases as one lexeme each), signs, and
 * runs that must not be read as dates: document symbols ("29/2013/NĐ-CP", "19-NQ/TW", "55/KH-UBND"), numbers
 * glued by a colon ("9001:2008") and percentages ("80%").
 *
 * <p>Linear in the length of the text. Thread-safe; immutable.
 */
final class Lexer {
    private final Lexicon lexicon;

    Lexer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The lexemes of {@code text}, which should be normalized (NFC, dashes as '-', single spaces). */
    Lexemes lex(String text) {
        String f = Fold.fold(text);
        List<Lexeme> raw = new ArrayList<>(16);
        int n = f.length();
        boolean spaced = false;
        int plainRunEnd = -1; // the end of a run of digits and signs already found to be no symbol
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaced = true;
                i++;
                continue;
            }
            int j = i + 1;
            if (isDigit(c)) {
                while (j < n && isDigit(f.charAt(j))) {
                    j++;
                }
                int run = i < plainRunEnd ? plainRunEnd : runEnd(f, i);
                if (run != plainRunEnd && isSymbol(f, i, run)) {
                    raw.add(new Lexeme(Lexeme.Type.OTHER, i, run, null, 0, -1, 0, 0, spaced));
                    j = run;
                } else if (j < n && f.charAt(j) == '%') {
                    raw.add(new Lexeme(Lexeme.Type.OTHER, i, ++j, null, 0, -1, 0, 0, spaced));
                } else {
                    plainRunEnd = run; // a part of a run without letters is no symbol either: one scan per run
                    int digits = j - i;
                    int value = digits > 9 ? Integer.MAX_VALUE : Integer.parseInt(f, i, j, 10);
                    raw.add(new Lexeme(Lexeme.Type.NUMBER, i, j, null, 0, value, digits, 0, spaced));
                }
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(f.charAt(j))) {
                    j++;
                }
                raw.add(new Lexeme(Lexeme.Type.WORD, i, j, null, 0, -1, 0, 0, spaced));
            } else {
                raw.add(Lexeme.sign(c, i, spaced));
            }
            spaced = false;
            i = j;
        }
        return new Lexemes(phrases(raw, f), text);
    }

    /** Words replaced by the longest phrase of the lexicon that starts with them. */
    private List<Lexeme> phrases(List<Lexeme> raw, String f) {
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
                node = node.next(f.substring(w.start(), w.end()));
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

    /** The end of the run of characters from {@code i} up to white space or a bracket, quote, comma or semicolon. */
    private static int runEnd(String f, int i) {
        int k = i;
        while (k < f.length()) {
            char c = f.charAt(k);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || c == '[') {
                break;
            }
            k++;
        }
        while (k > i && (f.charAt(k - 1) == '.' || f.charAt(k - 1) == ':')) {
            k--;
        }
        return k;
    }

    /** A document symbol (digits, a slash or dash, and letters) or digits joined by a colon. */
    private static boolean isSymbol(String f, int from, int to) {
        boolean letter = false;
        boolean joiner = false;
        for (int k = from; k < to; k++) {
            char c = f.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c == '/' || c == '-') {
                joiner = true;
            } else if (c == ':' && k + 1 < to && isDigit(f.charAt(k + 1))) {
                return true;
            }
        }
        return letter && joiner;
    }
}
