package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.entity.AgencyText.Token;
import vn.kehoach.parser.entity.AgencyText.Type;

/**
 * Cuts text into the tokens of {@link AgencyText}: words; "," ";" ":"; a dash standing alone ("Các Sở - ngành");
 * "&" and "+" standing alone (read as "và" and ","); a dash, plus sign or bullet opening a line (a list item); a
 * parenthesized group, kept whole; quotes are skipped. A trailing full stop leaves its word.
 */
final class AgencyTokenizer {
    private static final String STOPS = ",;:()";

    private final String s;
    private final Abbreviations abbreviations;
    private final List<Token> out = new ArrayList<>();

    AgencyTokenizer(String s, Abbreviations abbreviations) {
        this.s = s;
        this.abbreviations = abbreviations;
    }

    List<Token> tokens() {
        int i = 0;
        boolean lineStart = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                i++;
            } else if (Character.isWhitespace(c) || isQuote(c)) {
                i++;
            } else {
                i = token(i, lineStart);
                lineStart = false;
            }
        }
        return out;
    }

    private int token(int i, boolean lineStart) {
        char c = s.charAt(i);
        switch (c) {
            case ',':
                return add(Type.COMMA, i, i + 1);
            case ';':
                return add(Type.SEMICOLON, i, i + 1);
            case ':':
                return add(Type.COLON, i, i + 1);
            case '(':
                return paren(i);
            case ')':
                return i + 1; // an unmatched closing parenthesis says nothing
            default:
                break;
        }
        int end = runEnd(i);
        if (isDashOrBullet(s.substring(i, end))) {
            Type type = lineStart ? Type.BULLET : c == '&' ? Type.AND : c == '+' ? Type.COMMA : Type.DASH;
            return add(type, i, end);
        }
        String run = s.substring(i, end);
        String bare = stripEnd(run, ".,;:");
        if (bare.indexOf(',') > 0 && (abbreviations.contains(bare) || isCapitalsWithAmpersand(bare))) {
            return add(Type.WORD, i, i + bare.length()); // "VH,TT&DL" is one word
        }
        int stop = i;
        while (stop < end && STOPS.indexOf(s.charAt(stop)) < 0) {
            stop++;
        }
        String word = s.substring(i, stop);
        if (word.equalsIgnoreCase("và")) {
            return add(Type.AND, i, stop);
        }
        String kept = abbreviations.contains(word) ? word : stripEnd(word, ".");
        if (kept.isEmpty()) {
            return stop == i ? i + 1 : stop;
        }
        return add(Type.WORD, i, i + kept.length()) + (stop - i - kept.length());
    }

    private int paren(int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                out.add(new Token(Type.PAREN, open, k + 1, s.substring(open + 1, k).strip(), null));
                return k + 1;
            }
        }
        out.add(new Token(Type.PAREN, open, s.length(), s.substring(open + 1).strip(), null));
        return s.length();
    }

    private int add(Type type, int start, int end) {
        out.add(new Token(type, start, end, s.substring(start, end), null));
        return end;
    }

    private int runEnd(int i) {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDashOrBullet(String run) {
        return run.chars().allMatch(c -> c == '-' || c == '\u2013' || c == '\u2014' || c == '+' || c == '&'
                || c == '\u2022' || c == '*' || c == '\u00B7');
    }

    private static boolean isCapitalsWithAmpersand(String word) {
        return word.indexOf('&') > 0
                && word.chars().allMatch(c -> Character.isUpperCase(c) || c == ',' || c == '&' || c == '-');
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }

    private static String stripEnd(String w, String signs) {
        int end = w.length();
        while (end > 0 && signs.indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }
}
