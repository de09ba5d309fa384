package vn.kehoach.parser.validate.rule;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * An appendix that nothing in the text points to. ND30 PL I III.1.a: "trong văn bản phải có chỉ dẫn về Phụ lục
 * đó". Any pointer that names no number ("(Phụ lục kèm theo)", "Danh mục ... kèm theo", "(chi tiết kèm theo)")
 * counts for every appendix; a numbered appendix is also pointed to by its number, from the body or from
 * another appendix.
 */
public final class AppendixUnreferencedRule extends BaseRule {
    public AppendixUnreferencedRule() {
        super("APPENDIX_UNREFERENCED", Severity.INFO, "NĐ 30/2020 Phụ lục I mục III.1.a; APX-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        List<Layout.AppendixHeading> headings = Attachments.headings(c);
        if (!c.formal() || headings.isEmpty()) {
            return;
        }
        BitSet captions = new BitSet();
        for (Layout.AppendixHeading h : c.layout().appendices()) {
            captions.set(h.line(), h.end() + 1); // its own heading and "(Kèm theo ...)" caption point to nothing
        }
        var found = AppendixReferences.find(c, OwnDocument.of(c), BodyLines.start(c), c.text().size() + 1,
                captions);
        if (found.attachedHere() || found.references().stream().anyMatch(r -> r.numbers().isEmpty())) {
            return;
        }
        Set<String> named = new HashSet<>();
        found.references().forEach(r -> r.numbers().forEach(n -> named.add(AppendixReferences.key(n))));
        for (Layout.AppendixHeading h : headings) {
            boolean pointed = h.number() == null ? !named.isEmpty() : named.contains(AppendixReferences.key(h.number()));
            if (!pointed) {
                String t = c.text().line(h.line()).text();
                out.report(c.atLine(h.line()), BodyLines.excerpt(t), BodyLines.excerpt(t));
            }
        }
    }
}
