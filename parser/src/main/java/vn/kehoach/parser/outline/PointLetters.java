package vn.kehoach.parser.outline;

import java.util.Optional;

/**
 * The letters of điểm (points) in their order: the Vietnamese alphabet without the letters marked with a
 * breve, circumflex or horn, {@code a b c d đ e g h i k l m n o p q r s t u v x y}. ND30 PL I II.6.đ asks for
 * "chữ cái tiếng Việt theo thứ tự bảng chữ cái"; its own text runs "a) b) c) d) đ) e) g) h) i)" (Điều 8 k2), so
 * {@code đ} follows {@code d} and {@code g} follows {@code e}.
 *
 * <p>Thread-safe; stateless.
 */
public final class PointLetters {
    /** The sequence, in order (23 letters). */
    public static final String SEQUENCE = "abcdđeghiklmnopqrstuvxy";
    /** Lower-case letters that are not in {@link #SEQUENCE} but are sometimes used as points (f, j, w, z, ă, â, ...). */
    private static final String OUTSIDE = "fjwzăâêôơư";

    private PointLetters() {
    }

    /** The position of a letter in the sequence (a = 0, đ = 4, g = 6), or -1 when it is not in it. */
    public static int index(String letter) {
        return letter.length() == 1 ? SEQUENCE.indexOf(letter.charAt(0)) : -1;
    }

    /** The letter after this one, if the sequence goes on. */
    public static Optional<String> next(String letter) {
        int i = index(letter);
        return i < 0 || i + 1 >= SEQUENCE.length() ? Optional.empty()
                : Optional.of(String.valueOf(SEQUENCE.charAt(i + 1)));
    }

    /** True for a lower-case letter that looks like a point label but is not in the sequence: f, j, w, z, ă, â, ê, ô, ơ, ư. */
    public static boolean isOutside(char c) {
        return OUTSIDE.indexOf(c) >= 0;
    }
}
