package vn.kehoach.parser.normalize;

import java.nio.charset.Charset;

/**
 * The Windows-1252 code page both ways, as Word and the HTML exporters use it for text in a legacy font: a
 * byte becomes the character Windows shows for it, and back. The five bytes Windows-1252 leaves undefined
 * (81 8D 8F 90 9D) stand for U+0081 and so on, as Windows itself converts them; so do the C1 controls
 * U+0080..U+009F in a string (what an ISO-8859-1 reader makes of those bytes).
 *
 * <p>Thread-safe; stateless.
 */
final class Windows1252 {
    private static final char[] CHARS = new char[256];
    /** Characters of 80..9F that are not C1 controls (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ), by byte. */
    private static final char[] SPECIALS = new char[32];

    static {
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        String decoded = new String(all, Charset.forName("windows-1252"));
        for (int b = 0; b < 256; b++) {
            char c = decoded.charAt(b);
            CHARS[b] = c == '\uFFFD' ? (char) b : c;
            if (b >= 0x80 && b < 0xA0) {
                SPECIALS[b - 0x80] = CHARS[b];
            }
        }
    }

    private Windows1252() {
    }

    /** The byte (0..255) that {@code c} stands for, or -1 when Windows-1252 has no byte for it. */
    static int toByte(char c) {
        if (c < 0x100) {
            return c;
        }
        if (c < 0x152 || c > 0x2122) {
            return -1;
        }
        for (int i = 0; i < SPECIALS.length; i++) {
            if (SPECIALS[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    /** The character of one byte (0..255). */
    static char toChar(int b) {
        return CHARS[b];
    }

    /** Every byte as its character; never fails. */
    static String decode(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = CHARS[bytes[i] & 0xFF];
        }
        return new String(out);
    }
}
