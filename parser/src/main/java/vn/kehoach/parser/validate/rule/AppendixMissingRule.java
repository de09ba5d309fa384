package vn.kehoach.parser.validate.rule;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The body points to an appendix the document does not have: "Chi tiết theo Phụ lục số 1 và Phụ lục số 2" with
 * no appendix after the signature, or "Phụ lục số 2" when only Phụ lục 1 is there. ND30 PL I III.1.a: an
 * appendix goes with the document and the document points to it. A reference to the appendix of a cited
 * document ("Phụ lục I ban hành kèm theo Nghị định số 30/2020/NĐ-CP") is not one; see {@link AppendixReferences}.
 */
public final class AppendixMissingRule extends BaseRule {
    public AppendixMissingRule() {
        super("APPENDIX_MISSING", Severity.ERROR, "NĐ 30/2020 Phụ lục I mục III.1.a; APX-001");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (!c.formal()) {
            return;
        }
        var found = AppendixReferences.find(c, OwnDocument.of(c), BodyLines.start(c), BodyLines.end(c),
                new BitSet());
        if (found.references().isEmpty()) {
            return;
        }
        Attachments attached = Attachments.of(c);
        Set<String> reported = new HashSet<>();
        for (AppendixReferences.Reference r : found.references()) {
            if (r.numbers().isEmpty()) {
                if (!attached.any() && reported.add("")) {
                    out.report(c.at(r.line(), r.start()), r.text(), r.text());
                }
                continue;
            }
            for (String n : r.numbers()) {
                if (!attached.has(n) && reported.add(AppendixReferences.key(n))) {
                    String named = r.numbers().size() == 1 ? r.text() : "Phụ lục " + n;
                    out.report(c.at(r.line(), r.start()), r.text(), named);
                }
            }
        }
    }
}
