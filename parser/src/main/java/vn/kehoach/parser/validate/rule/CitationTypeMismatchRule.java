package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.entity.SymbolParser;
import vn.kehoach.parser.outline.DocumentTypes;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A cited basis whose type name contradicts the type code of its number ("Nghị định số 36/2013/QĐ-CP",
 * "Thông tư số 12/2020/NĐ-CP"). Numbers without a type code (công văn, steering committees) are not checked.
 */
public final class CitationTypeMismatchRule extends BaseRule {
    private static final SymbolParser SYMBOLS = new SymbolParser();

    public CitationTypeMismatchRule() {
        super("CITATION_TYPE_MISMATCH", Severity.WARNING,
                "NĐ 30/2020 Phụ lục I mục II.3.b, Phụ lục III (type codes); REF-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        for (LegalBasis b : c.plan().legalBases()) {
            if (b.type() == null || b.number() == null) {
                continue;
            }
            var type = DocumentTypes.DEFAULT.exactly(b.type());
            var symbol = SYMBOLS.parse(b.number());
            if (type.isEmpty() || type.get().codes().isEmpty() || symbol.isEmpty()
                    || symbol.get().typeCode() == null) {
                continue;
            }
            String code = symbol.get().typeCode();
            if (type.get().codes().stream().noneMatch(k -> Checks.key(k).equals(Checks.key(code)))) {
                out.report(Checks.locate(c, b.line(), b.number()), b.number(), b.type(), b.number(), code,
                        String.join(", ", type.get().codes()));
            }
        }
    }
}
