package vn.kehoach.parser.validate.rule;

import vn.kehoach.model.PlanMetadata;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A required header element is absent: national motto (or the Party header), issuing body, number and symbol,
 * place and date, type name, title. A công văn (a number with no type code) has no type name by form; an
 * organisation's header (Đoàn, Hội) is not asked for the quốc hiệu. A document attached to a decision has no
 * number, date or issuer of its own; a news article has no header to check.
 */
public final class HeaderMissingRule extends BaseRule {
    public HeaderMissingRule() {
        super("HEADER_MISSING", Severity.ERROR,
                "NĐ 30/2020 Điều 8 khoản 2 điểm a–đ; Phụ lục I mục II.1–5 (the same elements under TT 01/2011);"
                        + " FORM-001..006");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (!c.formal()) {
            return;
        }
        PlanMetadata doc = c.plan().document();
        Position at = c.atLine(Math.max(1, c.header().mottoLine()));
        if (c.header().mottoLine() == 0 && c.family() != DocumentFamily.ORGANIZATION) {
            out.report(c.family() == DocumentFamily.PARTY ? "party" : "motto", null, at, null);
        }
        if (!c.attached()) {
            if (doc.issuer() == null) {
                out.report("issuer", null, at, null);
            }
            if (c.header().number().isEmpty()) {
                out.report("number", null, at, null);
            }
            if (c.header().dateLine() == 0) {
                out.report("placeDate", null, at, null);
            }
        }
        boolean letter = c.header().number()
                .map(n -> n.symbol().typeCode() == null && n.symbol().issuerCode() != null).orElse(false);
        if (doc.typeName() == null && letter) {
            return; // a công văn ("Số: 1234/UBND-KGVX") has no type name; its trích yếu follows "V/v"
        } else if (doc.typeName() == null) {
            out.report("type", null, at, null);
        } else if (doc.title() == null) {
            out.report("title", Severity.WARNING, c.atLine(c.layout().typeLine()), null);
        }
    }
}
