package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.DocumentSymbol;
import vn.kehoach.parser.outline.DocumentTypes;

/**
 * Reads numbers and symbols (số, ký hiệu): administrative {@code 55/KH-UBND}, normative
 * {@code 36/2013/NĐ-CP}, Party {@code 63-KL/TW}, with a letter suffix {@code 30c/NQ-CP}, without type code
 * {@code 01/BCĐCCCVCC}, and with stray spaces {@code 18 /2025/QĐ-UBND}, {@code 112/TTr - TN&MT}. A symbol
 * glued to the next word ({@code 30c/NQ-CPngày}) ends where the lower-case word begins; single lower-case
 * letters inside a code ({@code TTg}, {@code QyĐ}, {@code CTr}) belong to it.
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class SymbolParser {
    // A code of two or more characters ends where it cannot go on ("CPngày" gives "CP"); a one-letter code
    // must stand alone ("- Chương" is not a code).
    private static final String GROUP = "(?:\\p{Lu}(?:[\\p{Lu}\\d&]|\\p{Ll}(?!\\p{Ll}))+|\\p{Lu}(?![\\p{L}\\d]))";
    private static final String GROUPS = "(" + GROUP + "(?:\\s?-\\s?" + GROUP + ")*)";
    private static final Pattern STATE = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,6}[a-zđ]?)?\\s{0,2}/\\s?(?:((?:19|20)\\d{2})\\s?/\\s?)?" + GROUPS);
    private static final Pattern PARTY = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,6}[a-zđ]?)\\s?-\\s?(" + GROUP + ")\\s?/\\s?" + GROUPS);

    private final DocumentTypes types;

    public SymbolParser() {
        this(DocumentTypes.DEFAULT);
    }

    SymbolParser(DocumentTypes types) {
        this.types = types;
    }

    /**
     * A symbol found in text.
     *
     * @param text the number and symbol with spaces removed ("55/KH-UBND")
     * @param symbol its parts
     * @param start offset of its first character in the searched text
     * @param end offset after its last character
     */
    public record Found(String text, DocumentSymbol symbol, int start, int end) {
    }

    /** The first symbol starting at or after {@code from}; the number may be missing only if {@code numberOptional}. */
    public Optional<Found> find(String text, int from, boolean numberOptional) {
        Found best = null;
        Matcher p = PARTY.matcher(text);
        if (p.find(from)) {
            best = party(p);
        }
        Matcher s = STATE.matcher(text);
        int at = from;
        while (s.find(at)) {
            if (s.group(1) != null || numberOptional) {
                Found f = state(s);
                if (best == null || f.start() < best.start()) {
                    best = f;
                }
                break;
            }
            at = s.start() + 1;
        }
        return Optional.ofNullable(best);
    }

    /** Parses text that is exactly one symbol (surrounding spaces allowed). */
    public Optional<DocumentSymbol> parse(String text) {
        String t = text.strip();
        return find(t, 0, true).filter(f -> f.start() == 0 && f.end() == t.length()).map(Found::symbol);
    }

    private Found state(Matcher m) {
        String number = m.group(1);
        Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        List<String> groups = groups(m.group(3));
        String typeCode = null;
        if (types.isTypeCode(groups.get(0))) {
            typeCode = groups.remove(0); // "05/BNV-VP" (công văn) has no type code: BNV is the issuer
        }
        String issuer = groups.isEmpty() ? null : String.join("-", groups);
        StringBuilder sb = new StringBuilder();
        if (number != null) {
            sb.append(number);
        }
        sb.append('/');
        if (year != null) {
            sb.append(year).append('/');
        }
        sb.append(typeCode == null ? "" : typeCode);
        if (issuer != null) {
            sb.append(typeCode == null ? "" : "-").append(issuer);
        }
        return new Found(sb.toString(), new DocumentSymbol(number, year, typeCode, issuer), m.start(), m.end());
    }

    private static Found party(Matcher m) {
        String number = m.group(1);
        String type = m.group(2);
        String issuer = String.join("-", groups(m.group(3)));
        return new Found(number + "-" + type + "/" + issuer, new DocumentSymbol(number, null, type, issuer),
                m.start(), m.end());
    }

    private static List<String> groups(String joined) {
        List<String> out = new ArrayList<>();
        for (String g : joined.split("-")) {
            out.add(g.strip());
        }
        return out;
    }
}
