package vn.kehoach.parser.normalize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;

/**
 * Unicode text turned into what legacy fonts leave behind, built here from the tables in reverse (the
 * production code only decodes): the bytes of a TCVN3 or VNI-Windows file, the Windows-1252 characters of
 * those bytes (what Word and HTML hold), and the decomposed text a windows-1258 file decodes to.
 */
public final class LegacyFixtures {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Map<LegacyEncoding, Map<Character, byte[]>> INVERSE = new HashMap<>();
    /** The bytes each table uses, which no other character may take. */
    private static final Map<LegacyEncoding, Set<Integer>> USED = new HashMap<>();
    private static final String TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ";

    static {
        for (LegacyEncoding e : LegacyEncoding.values()) {
            Map<Character, byte[]> inverse = new HashMap<>();
            Set<Integer> used = new HashSet<>();
            for (String[] row : Vocabulary.rows(e == LegacyEncoding.TCVN3 ? "tcvn3.tsv" : "vni.tsv")) {
                byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(row[0].strip());
                if (inverse.put(row[1].charAt(0), bytes) != null) {
                    throw new IllegalStateException(e + " has two sequences for " + row[1]);
                }
                for (byte b : bytes) {
                    used.add(b & 0xFF);
                }
            }
            USED.put(e, used);
            if (e == LegacyEncoding.TCVN3) {
                // The ".VnTimeH" convention (UniKey's too): a capital TCVN3 lacks is typed as its lower-case code.
                for (Character lower : Map.copyOf(inverse).keySet()) {
                    inverse.putIfAbsent(Character.toUpperCase(lower), inverse.get(lower));
                }
            }
            INVERSE.put(e, inverse);
        }
    }

    private LegacyFixtures() {
    }

    /**
     * The bytes of {@code text} in {@code encoding}: letters through the table, ASCII as is, other symbols as
     * their Windows-1252 byte where the table does not use it (“ ” – …, as Word keeps them in a legacy font).
     *
     * @throws IllegalArgumentException for a character the encoding cannot write
     */
    public static byte[] bytes(LegacyEncoding encoding, String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Character, byte[]> inverse = INVERSE.get(encoding);
        Set<Integer> used = USED.get(encoding);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            byte[] b = inverse.get(c);
            byte[] ansi = String.valueOf(c).getBytes(WINDOWS_1252);
            if (b != null) {
                out.writeBytes(b);
            } else if (c < 0x80) {
                out.write(c);
            } else if (!Character.isLetter(c) && new String(ansi, WINDOWS_1252).equals(String.valueOf(c))
                    && !used.contains(ansi[0] & 0xFF)) {
                out.write(ansi[0]);
            } else {
                throw new IllegalArgumentException(encoding + " cannot write '" + c + "' (U+"
                        + String.format("%04X", (int) c) + ")");
            }
        }
        return out.toByteArray();
    }

    /** {@code text} as a legacy font leaves it in Word or HTML: the bytes as Windows-1252 characters. */
    public static String ansi(LegacyEncoding encoding, String text) {
        return new String(bytes(encoding, text), WINDOWS_1252);
    }

    /**
     * What decoding gives back: the text itself in VNI. In TCVN3, line by line, a capital with a tone comes back
     * in lower case ("Ủy" → "ủy"), unless the line was set in capitals: no lower-case ASCII letter, and a word
     * with such a letter and two capitals (ASCII or Ă Â Ê Ô Ơ Ư Đ) or a capital after it ("ỦY"); then the
     * whole line comes back in capitals.
     */
    public static String expectedDecoding(LegacyEncoding encoding, String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (encoding != LegacyEncoding.TCVN3) {
            return nfc;
        }
        StringBuilder out = new StringBuilder();
        for (String line : nfc.split("(?<=\n)")) {
            if (setInCapitals(line)) {
                out.append(line.toUpperCase(Locale.ROOT));
                continue;
            }
            for (char c : line.toCharArray()) {
                boolean lost = c >= 0x80 && Character.isUpperCase(c) && TCVN3_CAPITALS.indexOf(c) < 0;
                out.append(lost ? Character.toLowerCase(c) : c);
            }
        }
        return out.toString();
    }

    private static boolean setInCapitals(String s) {
        boolean word = false;
        int capitals = 0;
        boolean toned = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z' || TCVN3_CAPITALS.indexOf(c) >= 0) {
                capitals++;
                word |= toned;
            } else if (c >= 0x80 && Character.isLetter(c)) {
                toned = true;
            } else {
                word |= toned && capitals >= 2;
                capitals = 0;
                toned = false;
            }
        }
        return word;
    }

    /**
     * Vietnamese text as a windows-1258 file decodes: base letters (â, ơ, ư, ...) with the tone as a combining
     * mark, the way that code page writes it.
     */
    public static String windows1258(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            d.chars().forEach(m -> ("\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0 ? tones : base).append((char) m));
            sb.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        String s = sb.toString();
        if (!new String(s.getBytes(WINDOWS_1258), WINDOWS_1258).equals(s)) {
            throw new IllegalArgumentException("not representable in windows-1258: " + text);
        }
        return s;
    }

    /** The windows-1258 bytes of {@link #windows1258(String)}. */
    public static byte[] windows1258Bytes(String text) {
        return windows1258(text).getBytes(WINDOWS_1258);
    }

    /** Lower case, for comparing TCVN3 output where capitals cannot come back. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
