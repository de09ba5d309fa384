package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the time expressions of a text from left to right: at each lexeme it tries the three grammars (times,
 * recurrences and ongoing work, relative deadlines) and keeps the longest expression; a lexeme that starts none is
 * passed over.
 *
 * <p>Thread-safe; immutable.
 */
final class Scanner {
    private final RelativeGrammar relative;

    Scanner(Anchors anchors) {
        this.relative = new RelativeGrammar(anchors);
    }

    /** Every expression of {@code lx} in order; they do not overlap. */
    List<Item> scan(Lexemes lx) {
        List<Item> out = new ArrayList<>(4);
        int i = 0;
        while (i < lx.size()) {
            Lexeme l = lx.at(i);
            if (l.type() == Lexeme.Type.SIGN || l.type() == Lexeme.Type.OTHER
                    || l.isWord() && l.cue() == null && l.number() < 0) {
                i++;
                continue;
            }
            List<Item> best = TimeGrammar.at(lx, i);
            int end = best.isEmpty() ? i : best.get(best.size() - 1).next();
            Item cycle = CycleGrammar.at(lx, i);
            if (cycle != null && cycle.next() > end) {
                best = List.of(cycle);
                end = cycle.next();
            }
            Item rel = relative.at(lx, i);
            if (rel != null && rel.next() > end) {
                best = List.of(rel);
                end = rel.next();
            }
            if (best.isEmpty()) {
                i++;
            } else {
                out.addAll(best);
                i = end;
            }
        }
        return out;
    }
}
