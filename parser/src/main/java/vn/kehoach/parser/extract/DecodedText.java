package vn.kehoach.parser.extract;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the charset that was used.
 *
 * @param text the text, without a leading byte order mark
 * @param charset the charset the bytes were decoded with
 * @param certain true when the charset was given, marked by a BOM, or proven by a strict decode; false when
 *     it was guessed (ICU's statistics or the windows-1258 fallback), so a declaration in the text may win
 */
record DecodedText(String text, Charset charset, boolean certain) {
    DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
