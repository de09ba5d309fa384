package vn.kehoach.parser.extract;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the charset that was used.
 *
 * @param text the text, without a leading byte order mark
 * @param charset the charset the bytes were decoded with; windows-1252 for the legacy font encodings, whose
 *     text that charset carries to Tika (HTML) for the normalize stage to decode
 * @param certain true when the charset was given, marked by a BOM, or proven by a strict decode; false when
 *     it was guessed (ICU's statistics, the windows-1258 fallback, a legacy encoding), so a declaration in
 *     the text may win
 * @param encoding what {@code text} was decoded from: the charset's name, or "TCVN3", "VNI-Windows"
 */
record DecodedText(String text, Charset charset, boolean certain, String encoding) {
    DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Text decoded with {@code charset} itself. */
    DecodedText(String text, Charset charset, boolean certain) {
        this(text, charset, certain, charset.name());
    }
}
