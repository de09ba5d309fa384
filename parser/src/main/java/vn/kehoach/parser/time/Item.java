package vn.kehoach.parser.time;

/**
 * A time expression found in a phrase: what it says and the lexemes it spans.
 *
 * @param expr what it says
 * @param first its first lexeme
 * @param next the lexeme after its last
 * @param label a label it carries itself ("tầm nhìn" in "tầm nhìn đến năm 2035"), or null
 * @param weak true when nothing but its shape makes it a time ("2023", "15/12", "15 ngày"): read in a deadline
 *     cell, skipped in running text
 */
record Item(Expr expr, int first, int next, String label, boolean weak) {

    Item with(Expr e, int first, int next) {
        return new Item(e, first, next, label, weak);
    }
}
