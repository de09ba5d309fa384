package vn.kehoach.parser.entity;

import java.text.Normalizer;
import java.util.Objects;
import vn.kehoach.model.Agency;
import vn.kehoach.model.AgencyKind;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.normalize.Casing;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;

/**
 * Turns the name of one agency as written into an {@link Agency}:
 * <ul>
 * <li>{@code name}: as written, whitespace normalized and trailing punctuation dropped; printed case restored
 * only when it is set in capitals ("SỞ NỘI VỤ" → "Sở Nội vụ");
 * <li>{@code canonical}: a known official name it starts with in its official spelling ({@code agency-names.txt}:
 * "Sở Kế hoạch đầu tư", "Sở KH&ĐT" → "Sở Kế hoạch và Đầu tư"), abbreviations expanded ({@code abbreviations.tsv},
 * whole words, ambiguous ones by context: "TP Nam Định" → "thành phố Nam Định", "Sở TP" → "Sở Tư pháp"), "&" read
 * "và", heads in printed case, a collective's kinds in lower case and listed with commas ("Các sở, ngành");
 * <li>{@code kind}: from the first words of the canonical name after "các" and titles ({@code agency-kinds.tsv});
 * <li>{@code collective}: true for a phrase that stands for many bodies: "các ...", a kind or generic word
 * without a name ("Sở, ngành liên quan", "Đơn vị có liên quan"), a level after a head ("UBND cấp huyện",
 * "UBND các huyện"), a list of levels ("UBND quận, huyện, thành phố Thủ Đức").
 * </ul>
 * It does not split: give it one agency (see {@link AgencySplitter}). Any string gives an agency; an unknown
 * body is {@link AgencyKind#OTHER}.
 *
 * <p>Thread-safe; immutable.
 */
public final class AgencyResolver {
    /** The vocabulary shipped with the parser. */
    public static final AgencyResolver DEFAULT = new AgencyResolver(Casing.DEFAULT, Abbreviations.DEFAULT,
            AgencyGrammar.DEFAULT, AgencyKinds.DEFAULT);

    private final Casing casing;
    private final Abbreviations abbreviations;
    private final AgencyGrammar grammar;
    private final AgencyKinds kinds;

    AgencyResolver(Casing casing, Abbreviations abbreviations, AgencyGrammar grammar, AgencyKinds kinds) {
        this.casing = casing;
        this.abbreviations = abbreviations;
        this.grammar = grammar;
        this.kinds = kinds;
    }

    Abbreviations abbreviations() {
        return abbreviations;
    }

    AgencyGrammar grammar() {
        return grammar;
    }

    Casing casing() {
        return casing;
    }

    /** The agency a name stands for; {@code written} must not be null. */
    public Agency resolve(String written) {
        Objects.requireNonNull(written, "written");
        String name = nfc(written).strip().replaceAll("\\s+", " ").replaceAll("[\\s,;:]+$", "");
        if (name.endsWith(".") && !abbreviations.contains(name.substring(name.lastIndexOf(' ') + 1))) {
            name = name.substring(0, name.length() - 1).strip();
        }
        if (LineShape.isUpperCase(name)) {
            name = casing.restore(name);
        }
        AgencyText text = AgencyText.of(name, abbreviations);
        String canonical = CanonicalName.of(text, grammar);
        return new Agency(name, canonical, kind(canonical), grammar.isCollective(text.keys()));
    }

    /** The text in NFC, as the vocabulary is written (text from the normalize stage already is). */
    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The kind by the canonical name's first words, after "các" and titles. */
    private AgencyKind kind(String canonical) {
        AgencyText text = AgencyText.of(canonical, abbreviations);
        int at = grammar.afterRoles(text.keys(), 0);
        while (at < text.keys().size() && grammar.words().classAt(text.keys(), at) == AgencyWords.Word.MANY) {
            at += grammar.words().word(text.keys(), at).get().length();
        }
        if (at >= text.keys().size()) {
            return AgencyKind.OTHER;
        }
        Key key = text.keys().get(at);
        return kinds.kind(Fold.words(canonical.substring(text.tokens().get(key.token()).start())));
    }
}
