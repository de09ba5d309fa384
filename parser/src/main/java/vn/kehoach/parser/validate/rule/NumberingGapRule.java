package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.outline.HeadingMarker;
import vn.kehoach.parser.outline.Outline;
import vn.kehoach.parser.outline.RomanNumerals;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * A gap or a repeat among sibling headings: "I, II, IV"; "1, 3"; "1.1, 1.3"; "2, 2"; "d), e)" (đ skipped: the
 * Vietnamese points run a b c d đ e g h i k ...; "e), g)" is right); and a Roman numeral that is not one
 * ("IIII.", "VX."). ND30 PL I II.6: phần and mục in Roman numerals, khoản in Arabic, điểm in Vietnamese letters,
 * each in order.
 *
 * <p>Siblings are the headings of one style under one parent of the outline, so numbering restarts under each
 * new parent. Not gaps: an inserted "Điều 9a" (amending documents number insertions so; "khoản 2a" and "a1)"
 * are not headings at all), table rows, quoted text. A list whose numbers go back or restart at its first
 * label mixes two levels (a nested list the outline could not tell apart, a quotation) and is left alone; so
 * is a gap whose missing label is printed in the lines between (a heading the outline did not read as one).
 */
public final class NumberingGapRule extends BaseRule {
    private static final Pattern ROMAN_POINT = Pattern.compile("^(?:ii|iii|iv|vi|vii|viii|ix)[.)]\\s");
    private static final Pattern BAD_ROMAN = Pattern.compile("^([IVX]{2,6})\\s*[.)/-](?!\\d)");

    public NumberingGapRule() {
        super("NUMBERING_GAP", Severity.WARNING, "NĐ 30/2020 Phụ lục I mục II.6; STR-001, STR-002, STR-003, STR-006");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (!c.formal()) {
            return; // a news article's lists are not held to ND30
        }
        List<Outline.Heading> headings = c.outline().headings();
        BitSet foreign = BodyLines.foreign(c);
        List<Integer> badRomans = badRomans(c, foreign);
        Map<String, List<Sibling>> siblings = new LinkedHashMap<>();
        int[] parent = parents(headings);
        for (int i = 0; i < headings.size(); i++) {
            Outline.Heading h = headings.get(i);
            if (h.marker() != null && !foreign.get(h.line())) {
                String label = label(c, h);
                siblings.computeIfAbsent(parent[i] + "/" + level(h, label), k -> new ArrayList<>())
                        .add(new Sibling(h, label));
            }
        }
        boolean romanPoints = romanPoints(c);
        for (List<Sibling> list : siblings.values()) {
            check(c, out, list, badRomans, romanPoints);
        }
        for (int line : badRomans) {
            String t = c.text().line(line).text();
            int at = BodyLines.indent(t);
            Matcher m = BAD_ROMAN.matcher(t.strip());
            String label = m.lookingAt() ? t.strip().substring(0, m.end()).strip() : t.strip();
            out.report("roman", null, c.at(line, at), BodyLines.excerpt(t), label);
        }
    }

    /** The index of each heading's parent in the flat list (headings are in reading order), -1 for the top. */
    private static int[] parents(List<Outline.Heading> headings) {
        int[] parent = new int[headings.size()];
        List<Integer> open = new ArrayList<>(); // open.get(d) is the last heading seen at depth d
        for (int i = 0; i < headings.size(); i++) {
            int d = headings.get(i).depth();
            while (open.size() > d) {
                open.remove(open.size() - 1);
            }
            parent[i] = d == 0 || open.size() < d ? -1 : open.get(d - 1);
            open.add(i);
        }
        return parent;
    }

    /** Decimal labels nest by their number of parts; other styles by style. */
    private static String level(Outline.Heading h, String label) {
        return h.marker() == HeadingMarker.DECIMAL ? "DECIMAL" + label.split("\\.").length : h.marker().name();
    }

    /** The heading's own label as printed ("1.2", "a", "Điều 3"), read again from its line. */
    static String label(RuleContext c, Outline.Heading h) {
        Optional<HeadingMarker.Match> m = HeadingMarker.match(c.text().line(h.line()).text());
        if (m.isPresent() && m.get().marker() == h.marker()) {
            return m.get().label();
        }
        int dot = h.path().lastIndexOf('.');
        return h.marker().isContainer() || dot < 0 ? h.path() : h.path().substring(dot + 1);
    }

    private record Sibling(Outline.Heading heading, String label) {
    }

    /** Two siblings in a row and their places. */
    private record Step(Sibling before, Numbering.Place from, Sibling after, Numbering.Place to) {
        /** Back in the sequence, or at its start again. */
        boolean restarts() {
            return from.prefix().equals(to.prefix()) && (to.value() < from.value() || to.value() == 1);
        }

        /** In order; or "1.3" then "2.1", under a new parent number the outline did not print. */
        boolean inOrder() {
            return !from.prefix().equals(to.prefix()) || to.value() == from.value() + 1;
        }
    }

    private static void check(RuleContext c, Findings out, List<Sibling> list, List<Integer> badRomans,
            boolean romanPoints) {
        // A label with no place of its own ("Phần thứ nhất", an "i)" that may open a list i), ii), iii)) breaks
        // the chain; an inserted "Điều 9a" is passed over.
        List<Step> steps = new ArrayList<>();
        Sibling last = null;
        Numbering.Place lastPlace = null;
        for (Sibling s : list) {
            if (Numbering.inserted(s.heading().marker(), s.label())) {
                continue;
            }
            Optional<Numbering.Place> p = Numbering.place(s.heading().marker(), s.label());
            boolean ambiguous = romanPoints && s.heading().marker() == HeadingMarker.LETTER
                    && "ivx".contains(s.label());
            if (p.isEmpty() || ambiguous) {
                last = null;
                continue;
            }
            if (last != null) {
                steps.add(new Step(last, lastPlace, s, p.get()));
            }
            last = s;
            lastPlace = p.get();
        }
        if (steps.stream().anyMatch(Step::restarts)) {
            return; // two levels mixed in one list: a nested list the outline could not tell apart, a quotation
        }
        for (Step step : steps) {
            if (step.inOrder()) {
                continue;
            }
            Outline.Heading before = step.before().heading();
            Outline.Heading h = step.after().heading();
            Optional<String> expected = Numbering.next(before.marker(), step.before().label());
            if (expected.isEmpty()) {
                continue;
            }
            String found = Numbering.printed(h.marker(), step.after().label());
            String t = c.text().line(h.line()).text();
            if (step.to().value() == step.from().value()) {
                out.report("repeat", null, c.at(h.line(), BodyLines.indent(t)), BodyLines.excerpt(t), found,
                        expected.get());
            } else if (!printedBetween(c, before, h, expected.get())
                    && !(h.marker() == HeadingMarker.ROMAN && between(badRomans, before.line(), h.line()))) {
                out.report("gap", null, c.at(h.line(), BodyLines.indent(t)), BodyLines.excerpt(t),
                        Numbering.printed(before.marker(), step.before().label()), expected.get(), found);
            }
        }
    }

    /** The body numbers some lists i), ii), iii): its "i)", "v)", "x)" may be Roman numerals, not letters. */
    private static boolean romanPoints(RuleContext c) {
        for (int i = BodyLines.start(c); i < BodyLines.end(c); i++) {
            if (ROMAN_POINT.matcher(c.text().line(i).text().strip()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The missing label printed at the start of a line or of a sentence from the first heading to the line
     * before the second ("c) ...; d) ..." run together on one line).
     */
    private static boolean printedBetween(RuleContext c, Outline.Heading before, Outline.Heading after,
            String expected) {
        String label = expected.replaceAll("[.)]$", "");
        Pattern p = Pattern.compile("(?:^|[;.:]\\s+)" + Pattern.quote(label) + "\\s*[.):/-](?!\\d)"
                + "|\\s" + Pattern.quote(label) + "[.)]\\s+\\p{Lu}"); // "... của tỉnh 3. Phát triển ...": a lost line break
        for (int i = before.line(); i < after.line(); i++) {
            if (p.matcher(c.text().line(i).text().strip()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean between(List<Integer> lines, int from, int to) {
        return lines.stream().anyMatch(l -> l > from && l < to);
    }

    /** Body lines numbered with something like a Roman numeral that is not one ("IIII.", "VX."). */
    private static List<Integer> badRomans(RuleContext c, BitSet foreign) {
        List<Integer> out = new ArrayList<>();
        if (c.outline().headings().stream().noneMatch(h -> h.marker() == HeadingMarker.ROMAN)) {
            return out; // a document that numbers nothing in Roman numerals
        }
        for (int i = BodyLines.start(c); i < BodyLines.end(c); i++) {
            Matcher m = BAD_ROMAN.matcher(c.text().line(i).text().strip());
            if (!foreign.get(i) && m.lookingAt() && !RomanNumerals.isValid(m.group(1))) {
                out.add(i);
            }
        }
        return out;
    }
}
