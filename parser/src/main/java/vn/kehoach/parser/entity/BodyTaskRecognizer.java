package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.SectionRole;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.Outline;

/**
 * Reads the tasks of the body: the numbered items under a section whose role is TASKS (the outermost such
 * heading is the section itself). An item that is a sentence is a task; a titled item ("1. Nhiệm vụ chủ yếu")
 * is one when it groups task sub-items, which refer to it through their path. Assignments written in an
 * item or the lines under it are read: "Cơ quan chủ trì: ...; cơ quan phối hợp: ...; thời gian hoàn thành:
 * ...", "Sở X chủ trì, phối hợp với Y ...", "Giao Sở X ...", "(thực hiện trong Quý I/2024)".
 *
 * <p>Thread-safe; stateless.
 */
public final class BodyTaskRecognizer {
    private static final Pattern LEAD_LABEL = Pattern.compile(
            "(?:co quan|don vi|bo phan)?\\s*chu tri(?: thuc hien)?\\s*:\\s*([^;.]+)");
    private static final Pattern COOPERATING_LABEL = Pattern.compile(
            "(?:co quan|don vi)?\\s*phoi hop(?: thuc hien)?\\s*:\\s*([^;.]+)");
    private static final Pattern DEADLINE_LABEL = Pattern.compile(
            "(?:thoi gian|thoi han|tien do)(?: hoan thanh| thuc hien)?\\s*:\\s*([^;]+?)\\s*(?:[;.]\\s|[;.]?$)");
    private static final Pattern LEAD_VERB = Pattern.compile(
            "(?:^|[.;:]\\s*|\\bgiao\\s+)([^.;:,]{3,80}?)\\s+chu tri\\b,?\\s*(?:phoi hop voi\\s+([^.;]+?)"
                    + "(?=\\s+(?:to chuc|thuc hien|xay dung|trien khai|tham muu|de|nham|ra soat|hoan thanh)\\b|[.;]|$))?");
    private static final Pattern GIVEN = Pattern.compile(
            "^giao\\s+(.{3,80}?)\\s+(?:chu tri|thuc hien|to chuc|xay dung|trien khai|tham muu)\\b");
    private static final Pattern IN_BRACKETS = Pattern.compile(
            "\\((?:thuc hien |hoan thanh )?(?:trong |truoc |vao )?((?:ngay|thang|quy|nam|nua|6 thang)[^()]{2,40})\\)");

    public List<BodyTask> recognize(NormalizedText text, Layout layout, Outline outline) {
        List<BodyTask> out = new ArrayList<>();
        List<Outline.Heading> hs = outline.headings();
        int bodyEnd = Math.min(layout.closingStart(), layout.appendixStart());
        for (int k = 0; k < hs.size(); k++) {
            Outline.Heading h = hs.get(k);
            if (h.role() != SectionRole.TASKS || h.marker() == null || isSection(hs, k)) {
                continue;
            }
            boolean groups = k + 1 < hs.size() && hs.get(k + 1).depth() > h.depth()
                    && hs.get(k + 1).role() == SectionRole.TASKS;
            if (Outline.isTitle(h.text()) && !Outline.isSentence(h.text()) && !groups) {
                continue; // a title over nothing: "2. Kế hoạch và lộ trình thực hiện"
            }
            int end = k + 1 < hs.size() ? Math.min(hs.get(k + 1).line(), bodyEnd) : bodyEnd;
            StringBuilder all = new StringBuilder(h.text());
            for (int i = h.lastLine() + 1; i < end; i++) {
                String t = text.line(i).text().strip();
                if (!LineShape.isSeparator(t)) {
                    all.append(' ').append(t);
                }
            }
            out.add(assignments(h.path(), h.text(), all.toString(), h.line()));
        }
        return out;
    }

    /** The outermost TASKS heading (its parent has another role) is the section, not a task. */
    private static boolean isSection(List<Outline.Heading> hs, int k) {
        Outline.Heading h = hs.get(k);
        for (int j = k - 1; j >= 0; j--) {
            if (hs.get(j).depth() < h.depth()) {
                return hs.get(j).role() != SectionRole.TASKS;
            }
        }
        return true;
    }

    private static BodyTask assignments(String ref, String item, String all, int line) {
        String f = Fold.fold(all);
        String lead = group(LEAD_LABEL, f, all, 1);
        String cooperating = group(COOPERATING_LABEL, f, all, 1);
        String deadline = group(DEADLINE_LABEL, f, all, 1);
        if (lead == null) {
            Matcher m = LEAD_VERB.matcher(f);
            if (m.find()) {
                lead = all.substring(m.start(1), m.end(1)).strip();
                if (cooperating == null && m.group(2) != null) {
                    cooperating = all.substring(m.start(2), m.end(2)).strip();
                }
            } else {
                lead = group(GIVEN, f, all, 1);
            }
        }
        if (deadline == null) {
            deadline = group(IN_BRACKETS, f, all, 1);
        }
        return new BodyTask(ref, item, lead, cooperating, deadline, line);
    }

    private static String group(Pattern p, String folded, String original, int g) {
        Matcher m = p.matcher(folded);
        return m.find() ? original.substring(m.start(g), m.end(g)).strip() : null;
    }

}
