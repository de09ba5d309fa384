package vn.kehoach.parser.time;

/**
 * One token of a phrase: a number, a word or phrase of the lexicon, another word, a sign, or a run the grammar
 * must not read (a document symbol "29/2013/NĐ-CP", a percentage "80%").
 *
 * @param type what it is
 * @param start offset of its first character in the normalized text
 * @param end offset after its last character
 * @param cue its role when the lexicon knows it, else null
 * @param value the cue's value (a frequency, a year part, a duration), else 0
 * @param number its value as a number (digits or a number word), else -1
 * @param digits how many digits a {@link Type#NUMBER} has, else 0
 * @param roman its value as a Roman numeral of a quarter, else 0
 * @param spaced whether white space stands before it
 */
record Lexeme(Type type, int start, int end, Cue cue, int value, int number, int digits, int roman,
        boolean spaced) {

    /** The kinds of token. */
    enum Type { NUMBER, WORD, SIGN, OTHER }

    /** A sign ('/', '-', ',', ...), its character in {@code value}. */
    static Lexeme sign(char c, int at, boolean spaced) {
        return new Lexeme(Type.SIGN, at, at + 1, null, c, -1, 0, 0, spaced);
    }

    boolean is(Cue c) {
        return cue == c;
    }

    boolean isSign(char c) {
        return type == Type.SIGN && value == c;
    }

    /** A date separator: '/', '-' or '.'. */
    boolean isSeparator() {
        return type == Type.SIGN && (value == '/' || value == '-' || value == '.');
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean isWord() {
        return type == Type.WORD;
    }
}
