package vn.kehoach.parser.validate.rule;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.outline.HeadingMarker;
import vn.kehoach.parser.outline.Outline;
import vn.kehoach.parser.outline.PointLetters;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A điểm labelled with a letter outside the Vietnamese point sequence: f), j), w), z) (not Vietnamese letters),
 * or ă), â), ê), ô), ơ), ư) (Vietnamese, but points skip them: ND30's own text runs "a) b) c) d) đ) e) g)").
 * Only in a document that letters its points, outside tables and quotations.
 */
public final class PointLetterInvalidRule extends BaseRule {
    public PointLetterInvalidRule() {
        super("POINT_LETTER_INVALID", Severity.WARNING, "NĐ 30/2020 Phụ lục I mục II.6.đ; STR-004");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        List<Outline.Heading> headings = c.outline().headings();
        if (!c.formal() || headings.stream().noneMatch(h -> h.marker() == HeadingMarker.LETTER)) {
            return; // no lettered points: "f)" is something else
        }
        BitSet foreign = BodyLines.foreign(c);
        for (int i = BodyLines.start(c); i < BodyLines.end(c); i++) {
            String t = c.text().line(i).text();
            String s = t.strip();
            if (foreign.get(i) || s.length() < 3 || s.charAt(1) != ')' || !PointLetters.isOutside(s.charAt(0))
                    || s.substring(2).isBlank()) {
                continue;
            }
            String found = s.substring(0, 2);
            Optional<Outline.Heading> before = previous(headings, i);
            if (before.isPresent()) {
                String prev = NumberingGapRule.label(c, before.get());
                String expected = PointLetters.next(prev).orElse(null);
                if (expected != null) {
                    out.report("after", null, c.at(i, BodyLines.indent(t)), BodyLines.excerpt(t), found,
                            prev + ")", expected + ")");
                    continue;
                }
            }
            out.report(c.at(i, BodyLines.indent(t)), BodyLines.excerpt(t), found);
        }
    }

    /** The heading just before line {@code line}, when it is a point. */
    private static Optional<Outline.Heading> previous(List<Outline.Heading> headings, int line) {
        Outline.Heading last = null;
        for (Outline.Heading h : headings) {
            if (h.line() >= line) {
                break;
            }
            last = h;
        }
        return last != null && last.marker() == HeadingMarker.LETTER ? Optional.of(last) : Optional.empty();
    }
}
