package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.kehoach.model.AgencyKind;
import vn.kehoach.parser.Vocabulary;

/**
 * The kind of a body from the first words of its name ({@code agency-kinds.tsv}), longest match first; a
 * DIVISION takes the kind of an owner named after it ("Ban Tổ chức Tỉnh ủy" is PARTY).
 *
 * <p>Thread-safe; immutable.
 */
final class AgencyKinds {
    static final AgencyKinds DEFAULT = new AgencyKinds(Vocabulary.rows("agency-kinds.tsv"));

    private record Row(String words, AgencyKind kind) {
    }

    private final List<Row> starts = new ArrayList<>();
    private final List<Row> owners = new ArrayList<>();

    AgencyKinds(List<String[]> rows) {
        for (String[] r : rows) {
            Row row = new Row(r[0].strip(), AgencyKind.valueOf(r[1].strip()));
            (r.length > 2 && r[2].strip().equals("within") ? owners : starts).add(row);
        }
        starts.sort(Comparator.comparingInt((Row r) -> r.words().length()).reversed());
    }

    /** The kind of a name given as folded words separated by single spaces ("ban to chuc tinh uy"). */
    AgencyKind kind(String folded) {
        AgencyKind kind = AgencyKind.OTHER;
        for (Row r : starts) {
            if (folded.equals(r.words()) || folded.startsWith(r.words() + " ")) {
                kind = r.kind();
                break;
            }
        }
        if (kind == AgencyKind.DIVISION) {
            String padded = " " + folded + " ";
            for (Row r : owners) {
                if (padded.indexOf(" " + r.words() + " ", 1) > 0) {
                    return r.kind();
                }
            }
        }
        return kind;
    }
}
