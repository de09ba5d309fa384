package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.model.Agency;
import vn.kehoach.parser.entity.AgencySegmenter.Span;
import vn.kehoach.parser.entity.AgencyText.Token;
import vn.kehoach.parser.entity.AgencyText.Type;
import vn.kehoach.parser.normalize.LineShape;

/**
 * The agencies named in a "chủ trì" or "phối hợp" cell or phrase, in order, each resolved by
 * {@link AgencyResolver}.
 *
 * <p>Separators between agencies are ";", list bullets, and — when what follows starts a new agency — ",", a
 * standing dash, "và" and line breaks. So a collective phrase with commas is one agency ("Các sở, ban, ngành",
 * "UBND quận, huyện, thành phố Thủ Đức", "các cơ quan, đơn vị thí điểm", "Các bộ, ngành và địa phương"), and so is
 * a name with a comma or "và" ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội",
 * "Văn phòng HĐND và UBND tỉnh"), while "Các sở, ban, ngành, UBND cấp huyện" is two and "Bộ Tư pháp, Văn phòng
 * Chính phủ, Bộ Tài chính" three. Line breaks inside a name (text wrapped in a table cell) do not separate.
 * Titles and verbs before an agency are dropped ("Giao Sở Tài chính" → "Sở Tài chính"; "Chủ tịch UBND các huyện"
 * → "UBND các huyện"; "Thủ trưởng các sở, ban ngành" → "các sở, ban ngành": the name keeps its words as written,
 * the canonical lists them "Các sở, ban, ngành"); so are role notes ("(chủ trì)", "Phối hợp:", a trailing
 * "chủ trì") and trailing punctuation. A distributive list gives one agency per item with the head carried over:
 * "Các Sở: Nội vụ, Tài chính" and "Sở Nội vụ, Tài chính" give "Sở Nội vụ" and "Sở Tài chính"; "UBND các huyện:
 * Giao Thủy, Hải Hậu" gives "UBND huyện Giao Thủy" and "UBND huyện Hải Hậu". A cell set in capitals is read in
 * printed case; the number or letter of a heading before it ("3. Sở Nội vụ:", "a) Bộ Tư pháp") is dropped. The
 * vocabulary is data: {@code agency-words.tsv}, {@code agency-names.txt},
 * {@code abbreviations.tsv}.
 *
 * <p>Null or blank text gives an empty list; any text gives a list, never an exception. Thread-safe; immutable.
 */
public final class AgencySplitter {
    /** With the vocabulary shipped with the parser. */
    public static final AgencySplitter DEFAULT = new AgencySplitter(AgencyResolver.DEFAULT);

    /** The number or letter of a heading before the agencies: "3.", "1.2.", "a)", "II." */
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[a-zđ]\\)|[IVX]+\\.)\\s+(?=\\p{L})");

    private final AgencyResolver resolver;

    /** A splitter whose agencies are resolved by {@code resolver}. */
    public AgencySplitter(AgencyResolver resolver) {
        this.resolver = resolver;
    }

    /** The agencies named in {@code text}, in order. */
    public List<Agency> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String nfc = MARKER.matcher(AgencyResolver.nfc(text)).replaceFirst("");
        boolean capitals = LineShape.isUpperCase(nfc);
        String s = capitals ? resolver.casing().restore(nfc) : nfc;
        AgencyText cut = AgencyText.of(s, resolver.abbreviations());
        List<Agency> out = new ArrayList<>();
        for (Span span : new AgencySegmenter(cut, resolver.grammar()).spans()) {
            String name = name(cut, span);
            if (capitals && !name.isEmpty()) {
                name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
            if (name.codePoints().anyMatch(Character::isLetter)) {
                out.add(resolver.resolve(name));
            }
        }
        return List.copyOf(out);
    }

    /** The words of a span as written, without role notes and aliases in parentheses; a carried head first. */
    private String name(AgencyText cut, Span span) {
        List<Token> tokens = cut.tokens();
        int first = cut.keys().get(span.from()).token();
        int last = cut.keys().get(span.to()).token();
        String source = cut.source();
        StringBuilder sb = new StringBuilder();
        int pos = tokens.get(first).start();
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.type() == Type.PAREN && (resolver.grammar().words().isNote(t.text()) || isAlias(t.text()))) {
                sb.append(source, pos, t.start());
                pos = t.end();
            }
        }
        sb.append(source, pos, Math.max(pos, tokens.get(last).end()));
        String written = sb.toString().replaceAll("\\s+", " ").strip().replaceAll("[\\s,;:\\-]+$", "");
        return span.head() == null ? written : span.head() + " " + written;
    }

    /** "(BCĐ)", "(VPCP)": a short form in capitals given after a name. */
    private static boolean isAlias(String inside) {
        return inside.length() >= 2 && inside.length() <= 12 && inside.indexOf(' ') < 0
                && inside.chars().allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '-' || c == '.');
    }
}
