package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.DocumentSymbol;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.entity.SymbolParser;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Regime;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A type code that NĐ 30/2020 replaced ({@code GN} → {@code BGN}, {@code TTh} → {@code BTT}, {@code UQ} →
 * {@code GUQ}, {@code NP} → {@code GNP}; {@code symbol-type-codes.tsv}) in the symbol of a state document
 * dated on or after 5 March 2020. Before that day the old codes were right (TT 01/2011); Party documents,
 * attached documents, undated documents and news articles are not checked.
 */
public final class TypeCodeObsoleteRule extends BaseRule {
    public TypeCodeObsoleteRule() {
        super("TYPE_CODE_OBSOLETE", Severity.INFO,
                "NĐ 30/2020 Phụ lục III (BGN, BTT, GUQ, GNP) replacing the codes of TT 01/2011 (GN, TTh, UQ, NP);"
                        + " SYM-006");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (c.family() != DocumentFamily.STATE || c.attached() || c.issued() == null
                || Regime.on(c.issued()) != Regime.ND30 || c.header().number().isEmpty()) {
            return;
        }
        SymbolParser.Found found = c.header().number().get();
        DocumentSymbol s = found.symbol();
        // The parser knows only current type codes; an old one is read as the first issuer group.
        String code = s.typeCode() != null ? s.typeCode()
                : s.issuerCode() == null ? null : s.issuerCode().split("-")[0];
        if (code == null) {
            return;
        }
        TypeCodes.DEFAULT.obsolete(code).ifPresent(row -> out.report(c.atLine(c.header().numberLine()),
                found.text(), code, found.text(), row.name(), String.join(", ", row.nd30()),
                c.regime().citation()));
    }
}
