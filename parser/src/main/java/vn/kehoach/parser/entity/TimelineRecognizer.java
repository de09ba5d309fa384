package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.model.SectionRole;
import vn.kehoach.model.TimelineEntry;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.Outline;
import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.time.DeadlineMention;
import vn.kehoach.parser.time.DeadlineParser;

/**
 * Finds the times a document states in its prose outside tasks and targets: "đề án được triển khai chậm nhất
 * 15 ngày, kể từ ngày đề án được phê duyệt (ngày 8/8/2022)", "Sơ kết thực hiện Kế hoạch hàng năm trước ngày
 * 15/12". Read from the body's running text (not the header or the preamble of legal bases, not table cells,
 * not task or objective sections, which carry their own deadlines), confident readings only; the date of a
 * cited document ("Nghị quyết số 18-NQ/TW ngày 25/10/2017") is not a time of the plan, nor is the plan's
 * own period named again ("Kế hoạch chuyển đổi số năm 2025", "giai đoạn 2022 - 2025").
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class TimelineRecognizer {
    private final DeadlineParser deadlines;

    public TimelineRecognizer(DeadlineParser deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * @param from the first line of running text (the first heading, or the line after a news headline)
     */
    public List<TimelineEntry> recognize(NormalizedText text, Layout layout, Outline outline, int from,
            DeadlineContext context) {
        List<TimelineEntry> out = new ArrayList<>();
        int end = Math.min(layout.closingStart(), layout.appendixStart());
        for (int i = Math.max(1, from); i < end && i <= text.size(); i++) {
            NormalizedText.Line line = text.line(i);
            SectionRole role = roleAt(outline, i);
            if (line.cell() != null || LineShape.isSeparator(line.text()) || role == SectionRole.TASKS
                    || role == SectionRole.OBJECTIVES) {
                continue;
            }
            for (DeadlineMention m : deadlines.find(line.text(), context)) {
                if (!isPlanPeriod(m.deadline(), context)) { // find() already leaves out cited documents' dates
                    out.add(new TimelineEntry(line.text(), m.deadline(), line.source().at(m.start()).line()));
                }
            }
        }
        return out;
    }

    /** "Kế hoạch ... năm 2025", "giai đoạn 2022 - 2025": the plan's own period named again, not a time of it. */
    private static boolean isPlanPeriod(Deadline d, DeadlineContext context) {
        if (context == null || context.period() == null
                || d.kind() != DeadlineKind.YEAR && d.kind() != DeadlineKind.RANGE) {
            return false;
        }
        return LocalDate.of(context.period().from(), 1, 1).equals(d.start())
                && LocalDate.of(context.period().to(), 12, 31).equals(d.end());
    }

    private static SectionRole roleAt(Outline outline, int line) {
        SectionRole role = null;
        for (Outline.Heading h : outline.headings()) {
            if (h.marker() != null && h.line() <= line) {
                role = h.role();
            }
        }
        return role;
    }
}
