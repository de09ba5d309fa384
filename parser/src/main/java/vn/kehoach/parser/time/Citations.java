package vn.kehoach.parser.time;

import java.util.List;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * Tells a cited document's date from a deadline in running text: "Nghị quyết số 19-NQ/TW ngày 25/10/2017", "Luật
 * Cán bộ, công chức năm 2008" name when a document was made, not when work is due. Uses the type names of
 * {@code citation-types.txt}.
 *
 * <p>Thread-safe; immutable.
 */
final class Citations {
    static final Citations DEFAULT = new Citations(Vocabulary.words("citation-types.txt"));

    /** How many lexemes back a type name may stand ("Luật Tổ chức chính quyền địa phương năm 2015"). */
    private static final int REACH = 10;

    private final List<String> types;

    Citations(List<String> names) {
        this.types = names.stream().map(n -> " " + Fold.words(n) + " ").toList();
    }

    /** True when the date or year at lexeme {@code first} follows a document symbol or a document type's name. */
    boolean isCited(Lexemes lx, int first) {
        int from = first;
        while (from > 0 && first - from < REACH) {
            Lexeme l = lx.at(from - 1);
            if (l.type() == Lexeme.Type.OTHER && l.end() > l.start() && Character.isDigit(lx.text().charAt(l.start()))) {
                return true; // "55/KH-UBND ngày 14/8/2013"
            }
            if (l.isSign(';') || l.isSign('.') || l.cue() != null && l.cue() != Cue.DAY && l.cue() != Cue.YEAR
                    && l.cue() != Cue.AND) {
                break;
            }
            from--;
        }
        if (from == first) {
            return false;
        }
        String window = " " + Fold.words(lx.text(from, first)) + " ";
        for (String t : types) {
            if (window.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
