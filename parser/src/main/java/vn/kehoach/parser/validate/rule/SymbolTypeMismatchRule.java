package vn.kehoach.parser.validate.rule;

import java.util.List;
import vn.kehoach.model.DocumentSymbol;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.entity.SymbolParser;
import vn.kehoach.parser.outline.DocumentTypes;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The type code of the header's number and symbol does not fit the type name: a {@code KH} number on a QUYẾT
 * ĐỊNH, {@code QĐ} on a KẾ HOẠCH, {@code QĐ} on a state QUY ĐỊNH from 5 March 2020 (it is {@code QyĐ}). The codes
 * that fit come from {@code symbol-type-codes.tsv}, by regime (state documents before 5 March 2020 follow
 * TT 01/2011) and family (Party documents use their own codes, {@code 66-QĐ/TW} for a Quy định). Normative
 * symbols with a year ({@code 18/2025/QĐ-UBND}) are read the same way.
 *
 * <p>Not checked: a symbol without a type code (a công văn's {@code 05/BNV-VP}, a code the parser does not
 * know), a type name the table does not list, documents attached to a decision (they carry the decision's
 * number, not their own) and news articles.
 */
public final class SymbolTypeMismatchRule extends BaseRule {
    public SymbolTypeMismatchRule() {
        super("SYMBOL_TYPE_MISMATCH", Severity.ERROR,
                "NĐ 30/2020 Phụ lục I mục II.3.b and Phụ lục III (bảng chữ viết tắt); before 5 March 2020 the"
                        + " codes of TT 01/2011 (QĐ also taken for a Quy định); Party: HD 36-HD/VPTW; SYM-003");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (!c.formal() || c.family() == DocumentFamily.ORGANIZATION || c.attached() || c.header().number().isEmpty()
                || c.layout().type().isEmpty()) {
            return;
        }
        SymbolParser.Found found = c.header().number().get();
        DocumentSymbol symbol = found.symbol();
        DocumentTypes.Entry type = c.layout().type().get();
        if (symbol.typeCode() == null || TypeCodes.DEFAULT.anyType(symbol.typeCode())) {
            return; // a công văn, or a consolidated text (VBHN) under the type name of what it consolidates
        }
        TypeCodes.DEFAULT.of(type.name()).ifPresent(row -> {
            List<String> accepted = row.accepted(c.family(), c.regime());
            // A code of this very type that NĐ 30/2020 renamed (GN on a Bản ghi nhớ) is TYPE_CODE_OBSOLETE's.
            boolean renamed = TypeCodes.DEFAULT.obsolete(symbol.typeCode()).filter(r -> r.equals(row)).isPresent();
            if (!accepted.isEmpty() && !TypeCodes.fits(symbol.typeCode(), accepted) && !renamed) {
                out.report(c.atLine(c.header().numberLine()), found.text(), found.text(), symbol.typeCode(),
                        type.name(), String.join(", ", accepted), Regulations.applied(c));
            }
        });
    }
}
