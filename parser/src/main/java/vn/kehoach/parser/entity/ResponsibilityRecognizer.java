package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Agency;
import vn.kehoach.model.AgencyKind;
import vn.kehoach.model.Responsibility;
import vn.kehoach.model.SectionRole;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.Outline;

/**
 * Reads the responsibilities of the organization part: each heading there that names bodies ("3. Sở Nội vụ:",
 * "Trách nhiệm của Vụ Pháp luật", "1. Giao Sở Nội vụ", "a) Bộ Tư pháp", "4. Sở Tài chính, Sở Kế hoạch đầu
 * tư: Giúp UBND tỉnh ...") gives one entry per body, with the duties under it: the text after the colon, the
 * dash items and sub-items until the next heading of its level, or its paragraph. Headings that name no body
 * ("Thời gian thực hiện", "Kinh phí") are passed over. Role words and duty words come from
 * {@code assignment-words.tsv}.
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class ResponsibilityRecognizer {
    /** A heading longer than this without a colon goes on into its duty ("... có trách nhiệm ..."). */
    private static final int NAME_WORDS = 10;
    private final List<String> roleWords = new ArrayList<>();
    private final List<String> dutyWords = new ArrayList<>();
    private final AgencySplitter agencies;

    public ResponsibilityRecognizer(AgencySplitter agencies) {
        this.agencies = agencies;
        for (String[] r : Vocabulary.rows("assignment-words.tsv")) {
            (r[0].strip().equals("ROLE") ? roleWords : dutyWords).add(r[1].strip());
        }
    }

    public List<Responsibility> recognize(NormalizedText text, Layout layout, Outline outline) {
        List<Responsibility> out = new ArrayList<>();
        List<Outline.Heading> headings = outline.headings();
        int bodyEnd = Math.min(layout.closingStart(), layout.appendixStart());
        for (int k = 0; k < headings.size(); k++) {
            Outline.Heading h = headings.get(k);
            if (h.role() != SectionRole.ORGANIZATION || h.marker() == null) {
                continue;
            }
            String heading = h.text();
            String named = stripRole(heading);
            List<String> duties = new ArrayList<>();
            int colon = named.indexOf(':');
            if (colon >= 0) {
                String after = named.substring(colon + 1).strip();
                if (!after.isEmpty()) {
                    duties.add(after);
                }
                named = named.substring(0, colon);
            } else if (LineShape.words(named) > NAME_WORDS) {
                int duty = dutyStart(named);
                if (duty > 0) {
                    duties.add(named.substring(duty).strip());
                    named = named.substring(0, duty);
                }
            }
            List<Agency> split = agencies.split(named);
            if (split.isEmpty() || !isBody(split.get(0))) {
                continue; // "a) Chủ trì, hướng dẫn ...": a duty, not a body
            }
            List<Agency> bodies = split; // the splitter already kept only agencies after a first body
            int end = bodyEnd;
            for (int j = k + 1; j < headings.size(); j++) {
                if (headings.get(j).depth() <= h.depth() || headings.get(j).marker() == null) {
                    end = Math.min(end, headings.get(j).line());
                    break;
                }
            }
            duties.addAll(duties(text, h.lastLine() + 1, end));
            for (Agency a : bodies) {
                out.add(new Responsibility(a, duties, text.sourceLine(h.line())));
            }
        }
        return out;
    }

    private static boolean isBody(Agency a) {
        return a.kind() != AgencyKind.OTHER || a.collective() && Fold.words(a.name()).startsWith("cac ");
    }

    private String stripRole(String heading) {
        String s = heading.strip();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String f = Fold.fold(s);
            for (String w : roleWords) {
                if (f.startsWith(w + " ")) {
                    s = s.substring(w.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Where the duty begins in a heading with no colon ("Đài ..., Báo ... có trách nhiệm ..."), or 0. */
    private int dutyStart(String named) {
        String f = Fold.fold(named);
        int best = 0;
        for (String w : dutyWords) {
            int at = f.indexOf(" " + w + " ");
            if (at > 0 && (best == 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** The duty items under a heading: dash items and sub-headings, or its lines. */
    private static List<String> duties(NormalizedText text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to && i <= text.size(); i++) {
            String t = text.line(i).text().strip();
            if (LineShape.isSeparator(t)) {
                continue;
            }
            if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
