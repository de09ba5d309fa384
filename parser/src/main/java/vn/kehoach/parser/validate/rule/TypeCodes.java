package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Regime;

/**
 * The type codes that fit each type name, by regime and family ({@code symbol-type-codes.tsv}). Codes compare
 * without diacritics and case. Immutable; thread-safe.
 */
final class TypeCodes {
    static final TypeCodes DEFAULT = new TypeCodes(Vocabulary.rows("symbol-type-codes.tsv"));

    /**
     * One type name.
     *
     * @param name the type name as printed ("Kế hoạch")
     * @param nd30 the codes of state documents from 5 March 2020
     * @param tt01 the codes of state documents before that day
     * @param party the codes of Party documents, empty when not checked
     */
    record Row(String name, List<String> nd30, List<String> tt01, List<String> party) {
        /** The codes that fit a document of this family under this regime; empty when none is known. */
        List<String> accepted(DocumentFamily family, Regime regime) {
            if (family == DocumentFamily.PARTY) {
                return party;
            }
            return regime == Regime.TT01 ? tt01 : nd30;
        }
    }

    private final List<Row> rows;

    private TypeCodes(List<String[]> table) {
        List<Row> list = new ArrayList<>();
        for (String[] r : table) {
            List<String> nd30 = codes(r, 1);
            List<String> tt01 = codes(r, 2);
            list.add(new Row(r[0].strip(), nd30, tt01.isEmpty() ? nd30 : tt01, codes(r, 3)));
        }
        this.rows = List.copyOf(list);
    }

    /** The row of a type name, compared as folded words. */
    Optional<Row> of(String typeName) {
        String w = Fold.words(typeName);
        return rows.stream().filter(r -> Fold.words(r.name()).equals(w)).findFirst();
    }

    /** True when {@code code} fits every type name (the row named {@code *}: VBHN). */
    boolean anyType(String code) {
        return rows.stream().anyMatch(r -> r.name().equals("*") && fits(code, r.nd30()));
    }

    /** True when {@code code} is among {@code codes}, ignoring diacritics and case. */
    static boolean fits(String code, List<String> codes) {
        return codes.stream().anyMatch(k -> Fold.fold(k).equals(Fold.fold(code)));
    }

    /** The row whose pre-2020 code {@code code} no type has under NĐ 30/2020 ("GN" of Bản ghi nhớ). */
    Optional<Row> obsolete(String code) {
        if (rows.stream().anyMatch(r -> fits(code, r.nd30()))) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> fits(code, r.tt01())).findFirst();
    }

    /** Every code of every column, as written ("QyĐ", "CTr"). */
    Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        for (Row r : rows) {
            all.addAll(r.nd30());
            all.addAll(r.tt01());
            all.addAll(r.party());
        }
        return all;
    }

    private static List<String> codes(String[] r, int column) {
        if (r.length <= column || r[column].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : r[column].split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }
}
