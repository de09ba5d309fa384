package vn.kehoach.parser.normalize;

/** What a line looks like, independent of what it says. */
public final class LineShape {
    private LineShape() {
    }

    /** Blank, a lone cell bar "|", or an underline of dashes, underscores, asterisks or equals signs. */
    public static boolean isSeparator(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '|' && c != '-' && c != '_' && c != '*' && c != '=' && c != ' ' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** At least two letters and at least 80% of the letters in upper case. */
    public static boolean isUpperCase(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper * 5 >= letters * 4;
    }

    /** Every word starts with a capital and is otherwise lower case ("Nguyễn Văn Tuấn"), 2 to 6 words. */
    public static boolean isPersonName(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int i = 1; i < w.length(); i++) {
                if (!Character.isLowerCase(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Number of white-space separated words. */
    public static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
