package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import vn.kehoach.parser.Vocabulary;

/**
 * The 8-bit Vietnamese encodings of the font era, which documents still arrive in: as raw bytes in text
 * files, and inside Word, RTF and HTML as the Windows-1252 characters of those bytes (what the legacy font
 * drew as "ộ" Word stores as "é"). Each decodes either form to Unicode through its table, a data file
 * that says where it comes from. Bytes the table does not list are read as Windows-1252.
 *
 * <p>Thread-safe; the tables are read once.
 */
public enum LegacyEncoding {
    /**
     * TCVN3 (ABC, TCVN 5712:1993 VN3, the ".VnTime" fonts; {@code tcvn3.tsv}): one byte per letter. Its only
     * capitals are Ă Â Ê Ô Ơ Ư Đ: a capital with a tone was typed in the capitals font (".VnTimeH") with the
     * byte of the lower-case letter, so the bytes do not tell its case. A line without lower-case ASCII letters
     * where some word has a decoded letter and two capitals or a capital after it ("CéNG HOµ", "KÕ HO¹CH",
     * "TM. ñY BAN") is taken to be set in capitals and decodes so ("CỘNG HOÀ", "KẾ HOẠCH"), and so is a line
     * without digits that cannot tell ("Lé") followed by one. Anywhere else such a letter decodes to lower case
     * ("ñy ban" → "ủy ban", not "Ủy ban"; "Sè: 45/KH" → "Số: 45/KH"), and a line typed in lower case in the
     * capitals font decodes to lower case.
     */
    TCVN3("TCVN3", "tcvn3.tsv", true),
    /**
     * VNI-Windows (the "VNI-Times" fonts; {@code vni.tsv}): a letter and then a byte for its marks ("o" "ä"
     * for "ộ"), with capitals of their own ("O" "Ä" for "Ộ"); ơ ư đ and the toned i, ỵ are single bytes. A
     * mark byte in the other case than its letter ("Uû" for "Ủ", left by Word's Change Case) is read as the
     * letter's.
     */
    VNI("VNI-Windows", "vni.tsv", false);

    private final String displayName;
    private final String table;
    private final boolean capitalsByLine;
    private volatile Charmap charmap;

    LegacyEncoding(String displayName, String table, boolean capitalsByLine) {
        this.displayName = displayName;
        this.table = table;
        this.capitalsByLine = capitalsByLine;
    }

    /** The usual name: "TCVN3", "VNI-Windows". */
    public String displayName() {
        return displayName;
    }

    /** Decodes raw bytes in this encoding. */
    public String decode(byte[] bytes) {
        return decode(Windows1252.decode(bytes));
    }

    /**
     * Decodes text whose characters are this encoding's bytes seen as Windows-1252. Characters without a
     * Windows-1252 byte are kept as they are; line breaks are kept, and lines decoded as by
     * {@link #decodeLines(List)}.
     */
    public String decode(String ansi) {
        List<String> lines = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < ansi.length(); i++) {
            char c = ansi.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(ansi.substring(start, i));
                int end = c == '\r' && i + 1 < ansi.length() && ansi.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                breaks.add(ansi.substring(i, end));
                start = end;
                i = end - 1;
            }
        }
        lines.add(ansi.substring(start));
        List<String> decoded = decodeLines(lines);
        StringBuilder out = new StringBuilder(ansi.length());
        for (int i = 0; i < decoded.size(); i++) {
            out.append(decoded.get(i));
            if (i < breaks.size()) {
                out.append(breaks.get(i));
            }
        }
        return out.toString();
    }

    /**
     * Decodes consecutive lines (no line breaks inside). In TCVN3 the case of toned capitals comes from the
     * lines: a line set in capitals (see {@link #TCVN3}) decodes in capitals, and so do lines that cannot tell
     * ("Lé": one capital, then a letter that may be "ộ" or "Ộ"; no digit) followed by one, as in a heading
     * wrapped onto several lines.
     */
    List<String> decodeLines(List<String> ansiLines) {
        Charmap map = charmap();
        List<String> out = new ArrayList<>(ansiLines.size());
        for (String line : ansiLines) {
            out.add(decodeLine(line, map));
        }
        if (!capitalsByLine) {
            return out;
        }
        LineCase[] cases = new LineCase[ansiLines.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = LineCase.of(ansiLines.get(i), map);
        }
        for (int i = 0; i < cases.length; i++) {
            if (cases[i] != LineCase.UNSURE) {
                continue;
            }
            int end = i;
            while (end < cases.length && cases[end] == LineCase.UNSURE) {
                end++;
            }
            // A heading wraps onto capitals ("Lé" / "TR×NH ..."); a name after a title does not ("Vâ" / "V¨n Hoan").
            boolean beforeCapitals = end < cases.length && cases[end] == LineCase.CAPITALS;
            for (int k = i; k < end; k++) {
                cases[k] = beforeCapitals ? LineCase.CAPITALS : LineCase.OTHER;
            }
            i = end - 1;
        }
        for (int i = 0; i < cases.length; i++) {
            if (cases[i] == LineCase.CAPITALS) {
                out.set(i, out.get(i).toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String decodeLine(String ansi, Charmap map) {
        StringBuilder out = new StringBuilder(ansi.length());
        int n = ansi.length();
        for (int i = 0; i < n; ) {
            char c = ansi.charAt(i);
            int b = Windows1252.toByte(c);
            if (b < 0) {
                out.append(c);
                i++;
                continue;
            }
            String pair = i + 1 < n ? map.pair(b, Windows1252.toByte(ansi.charAt(i + 1))) : null;
            if (pair != null) {
                out.append(pair);
                i += 2;
                continue;
            }
            String single = map.single(b);
            out.append(single != null ? single : String.valueOf(c));
            i++;
        }
        return out.toString();
    }

    /** How a TCVN3 line stands to capitals, read from its codes. */
    private enum LineCase {
        /**
         * Set in capitals: no lower-case ASCII letter, and a word with a decoded letter and at least two
         * capitals, or a capital after it ("HO¹CH", "§¹T", "ñY").
         */
        CAPITALS,
        /** Decoded letters, no lower-case ASCII letter, no digit, but no word that tells ("Lé"). */
        UNSURE,
        /** Lower-case ASCII letters, no decoded letter, or a digit with nothing that tells ("Sè: 45/KH"). */
        OTHER;

        static LineCase of(String ansi, Charmap map) {
            boolean capitalWord = false;
            boolean anyDecoded = false;
            boolean digit = false;
            int capitals = 0;
            boolean decoded = false;
            for (int i = 0; i <= ansi.length(); i++) {
                char c = i < ansi.length() ? ansi.charAt(i) : ' ';
                if (c >= 'a' && c <= 'z') {
                    return OTHER;
                }
                digit |= c >= '0' && c <= '9';
                int b = Windows1252.toByte(c);
                String letter = b >= 0x80 ? map.single(b) : null;
                if (c >= 'A' && c <= 'Z' || letter != null && Character.isUpperCase(letter.charAt(0))) {
                    capitals++;
                    capitalWord |= decoded; // a capital after a lower-case letter: "ñY"
                } else if (letter != null) {
                    decoded = true;
                    anyDecoded = true;
                } else {
                    capitalWord |= decoded && capitals >= 2;
                    capitals = 0;
                    decoded = false;
                }
            }
            if (capitalWord) {
                return CAPITALS;
            }
            return anyDecoded && !digit ? UNSURE : OTHER;
        }
    }

    private Charmap charmap() {
        Charmap m = charmap;
        if (m == null) {
            m = Charmap.read(table);
            charmap = m;
        }
        return m;
    }

    /** One table: single bytes and two-byte sequences to Unicode. */
    private static final class Charmap {
        private final String[] singles = new String[256];
        private final String[][] pairs = new String[256][];

        String single(int b) {
            return singles[b];
        }

        /**
         * The letter of a two-byte sequence. A diacritic byte in the other case than its letter ("Uû", which
         * Word's Change Case leaves behind) counts as the letter's case: the table pairs capitals with capitals.
         */
        String pair(int first, int second) {
            String[] row = pairs[first];
            if (row == null || second < 0) {
                return null;
            }
            String letter = row[second];
            return letter != null || second < 0xC0 ? letter : row[second ^ 0x20];
        }

        /** Reads a table file: hex bytes, the character, its code point (which must agree). */
        static Charmap read(String name) {
            Charmap map = new Charmap();
            List<String[]> rows = Vocabulary.rows(name);
            for (String[] row : rows) {
                if (row.length < 3 || row[1].codePointCount(0, row[1].length()) != 1
                        || !("U+" + String.format("%04X", row[1].codePointAt(0))).equals(row[2].strip())) {
                    throw new IllegalStateException(name + ": the character does not match its code point: "
                            + String.join("\t", row));
                }
                String[] hex = row[0].strip().split(" ");
                String text = row[1];
                int first = HexFormat.fromHexDigits(hex[0]);
                if (hex.length == 1) {
                    map.singles[first] = text;
                } else {
                    if (map.pairs[first] == null) {
                        map.pairs[first] = new String[256];
                    }
                    map.pairs[first][HexFormat.fromHexDigits(hex[1])] = text;
                }
            }
            return map;
        }
    }
}
