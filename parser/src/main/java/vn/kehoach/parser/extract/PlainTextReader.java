package vn.kehoach.parser.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import vn.kehoach.parser.normalize.LegacyEncoding;
import vn.kehoach.parser.normalize.Plausibility;

/**
 * Decodes the bytes of a plain-text (or HTML) file, detecting the charset unless one is given.
 *
 * <p>Detection, first match wins: a byte order mark (UTF-8, UTF-16LE, UTF-16BE); the NUL pattern of UTF-16
 * without BOM; a strict UTF-8 decode; otherwise a guess. The guess is a confident ICU4J answer, else
 * windows-1258, the legacy Vietnamese code page (ICU has no model of windows-1258 and reads Vietnamese in it
 * as a Latin script with low confidence, so its Latin single-byte answers never win); but the bytes are also
 * read as TCVN3 and as VNI-Windows, the 8-bit font encodings, and one of those wins when its reading is
 * {@linkplain Plausibility#clearlyBeats clearly more Vietnamese} than the guess's (counted over the first
 * {@value #SCORED} bytes). Bytes that decode to more than one control character in ten are not text.
 *
 * <p>Thread-safe; immutable.
 */
final class PlainTextReader {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** ICU confidence (0..100) from which its guess is taken. */
    private static final int CONFIDENT = 50;
    private static final Set<String> LATIN_GUESSES =
            Set.of("ISO-8859-1", "windows-1252", "ISO-8859-2", "windows-1250", "ISO-8859-9", "windows-1254");
    /** Bytes looked at for the UTF-16 NUL pattern. */
    private static final int SAMPLE = 8192;
    /** Bytes whose readings are compared when choosing between the guess and a legacy encoding. */
    static final int SCORED = 256 * 1024;

    private final Charset charset;

    /** @param charset the charset to use, or null to detect it */
    PlainTextReader(Charset charset) {
        this.charset = charset;
    }

    /** The decoded text, or empty when the bytes are not text (mostly control characters, NUL). */
    Optional<DecodedText> decode(byte[] bytes) {
        DecodedText decoded = charset != null
                ? new DecodedText(stripBom(new String(bytes, charset)), charset, true)
                : detect(bytes);
        return isText(decoded.text()) ? Optional.of(decoded) : Optional.empty();
    }

    private static DecodedText detect(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return certain(b, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return certain(b, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return certain(b, 2, StandardCharsets.UTF_16BE);
        }
        Optional<Charset> utf16 = utf16ByNulPattern(b);
        if (utf16.isPresent()) {
            return certain(b, 0, utf16.get());
        }
        Optional<String> utf8 = strictUtf8(b);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, true);
        }
        Charset guess = icuGuess(b).orElse(WINDOWS_1258);
        String guessed = new String(b, guess);
        return legacy(b, guessed).orElseGet(() -> new DecodedText(guessed, guess, false));
    }

    /**
     * The bytes read as TCVN3 or VNI-Windows, whichever reads clearly more Vietnamese than {@code guessed}.
     * Its charset is windows-1252: HTML goes to Tika that way and the normalize stage decodes it line by line.
     */
    private static Optional<DecodedText> legacy(byte[] b, String guessed) {
        byte[] sample = b.length > SCORED ? Arrays.copyOf(b, SCORED) : b;
        Plausibility base = Plausibility.of(guessed.substring(0, Math.min(guessed.length(), SCORED)));
        LegacyEncoding best = null;
        Plausibility bestReading = null;
        for (LegacyEncoding e : LegacyEncoding.values()) {
            Plausibility reading = Plausibility.of(e.decode(sample));
            if (reading.clearlyBeats(base) && (bestReading == null || reading.score() > bestReading.score())) {
                best = e;
                bestReading = reading;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new DecodedText(best.decode(b), WINDOWS_1252, false, best.displayName()));
    }

    private static DecodedText certain(byte[] b, int skip, Charset cs) {
        return new DecodedText(stripBom(new String(b, skip, b.length - skip, cs)), cs, true);
    }

    /**
     * UTF-16 without BOM: in text that is mostly Latin letters, digits and spaces, every other byte is NUL
     * (the high byte), and the bytes in between are not.
     */
    private static Optional<Charset> utf16ByNulPattern(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int units = n / 2;
        if (oddNul * 10 >= units * 3 && evenNul * 20 <= units) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul * 10 >= units * 3 && oddNul * 20 <= units) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<String> strictUtf8(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
            return Optional.of(s);
        } catch (CharacterCodingException e) {
            return Optional.empty(); // not UTF-8: go on guessing
        }
    }

    private static Optional<Charset> icuGuess(byte[] b) {
        CharsetMatch match = new CharsetDetector().setText(b).detect();
        if (match == null || match.getConfidence() < CONFIDENT || LATIN_GUESSES.contains(match.getName())
                || !Charset.isSupported(match.getName())) {
            return Optional.empty();
        }
        return Optional.of(Charset.forName(match.getName()));
    }

    /** True unless more than one character in ten is a control character (other than tab, line and page breaks) or a replacement character. */
    static boolean isText(String s) {
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\u000B';
            if (control || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD') {
                bad++;
            }
        }
        return bad * 10L <= s.length();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
