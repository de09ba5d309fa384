package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.model.Agency;
import vn.kehoach.model.AgencyKind;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Casing;
import vn.kehoach.parser.normalize.Fold;

/**
 * Turns a name as written into an {@link Agency}: the name in printed case, a canonical form with
 * abbreviations expanded ({@code abbreviations.tsv}), its kind ({@code agency-kinds.tsv}) and whether it
 * stands for many bodies ("Các sở, ban, ngành", "UBND cấp huyện", "các cơ quan liên quan").
 *
 * <p>Thread-safe; immutable.
 */
public final class AgencyResolver {
    /** The vocabulary shipped with the parser. */
    public static final AgencyResolver DEFAULT = new AgencyResolver(Casing.DEFAULT,
            Vocabulary.rows("abbreviations.tsv"), Vocabulary.rows("agency-kinds.tsv"));

    private final Casing casing;
    private final Map<String, String> expansions = new HashMap<>();
    private final List<String[]> kinds;

    AgencyResolver(Casing casing, List<String[]> abbreviations, List<String[]> kinds) {
        this.casing = casing;
        for (String[] r : abbreviations) {
            expansions.put(r[0].strip(), r[1].strip());
        }
        List<String[]> k = new ArrayList<>(kinds);
        k.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        this.kinds = List.copyOf(k);
    }

    /** The agency a name stands for. */
    public Agency resolve(String written) {
        String name = casing.restore(written.strip().replaceAll("\\s+", " "));
        String canonical = expand(name);
        String folded = Fold.words(canonical);
        String head = folded.startsWith("cac ") ? folded.substring(4) : folded;
        return new Agency(name, canonical, kind(head), isCollective(folded));
    }

    private String expand(String name) {
        StringBuilder sb = new StringBuilder();
        for (String token : name.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String bare = token.replaceAll("[;,.:]+$", "");
            String exp = expansions.get(bare);
            sb.append(exp == null ? token : exp + token.substring(bare.length()));
        }
        return sb.toString();
    }

    private AgencyKind kind(String folded) {
        for (String[] r : kinds) {
            String prefix = r[0].strip();
            if (folded.equals(prefix) || folded.startsWith(prefix + " ")) {
                return AgencyKind.valueOf(r[1].strip());
            }
        }
        return AgencyKind.OTHER;
    }

    private static boolean isCollective(String folded) {
        return folded.startsWith("cac ") || folded.contains(" cac ") || folded.endsWith(" lien quan")
                || folded.matches(".*\\bcap (tinh|huyen|xa)\\b.*");
    }
}
