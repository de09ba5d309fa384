package vn.kehoach.parser.validate.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.RomanNumerals;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * How several appendices are numbered. ND30 PL I III.1.a (as TT01 before it): "Trường hợp có từ hai Phụ lục trở
 * lên thì phải đánh số thứ tự bằng chữ số La Mã". Two or more appendices without numbers, or numbered in Arabic
 * ("Phụ lục 1", "Phụ lục số 01", very common in practice): INFO. Two appendices with the same number: WARNING.
 * A single appendix needs no number.
 */
public final class AppendixNumberingRule extends BaseRule {
    public AppendixNumberingRule() {
        super("APPENDIX_NUMBERING", Severity.WARNING, "NĐ 30/2020 Phụ lục I mục III.1.a; TT 01/2011; APX-003");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        List<Layout.AppendixHeading> headings = Attachments.headings(c);
        if (!c.formal() || headings.size() < 2) {
            return;
        }
        Layout.AppendixHeading unnumbered = null;
        Layout.AppendixHeading notRoman = null;
        int without = 0;
        Map<String, Layout.AppendixHeading> seen = new HashMap<>();
        for (Layout.AppendixHeading h : headings) {
            String t = c.text().line(h.line()).text();
            if (h.number() == null) {
                without++;
                unnumbered = unnumbered == null ? h : unnumbered;
                continue;
            }
            if (!RomanNumerals.isValid(h.number()) && notRoman == null) {
                notRoman = h;
            }
            if (seen.putIfAbsent(AppendixReferences.key(h.number()), h) != null) {
                out.report("duplicate", Severity.WARNING, c.atLine(h.line()), BodyLines.excerpt(t),
                        "Phụ lục " + h.number());
            }
        }
        if (unnumbered != null) {
            out.report("unnumbered", Severity.INFO, c.atLine(unnumbered.line()),
                    BodyLines.excerpt(c.text().line(unnumbered.line()).text()), headings.size(), without);
        }
        if (notRoman != null) {
            out.report("notRoman", Severity.INFO, c.atLine(notRoman.line()),
                    BodyLines.excerpt(c.text().line(notRoman.line()).text()), "Phụ lục " + notRoman.number());
        }
    }
}
