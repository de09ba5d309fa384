package vn.kehoach.parser.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.parser.entity.Header;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.Outline;
import vn.kehoach.parser.table.TaskTable;
import vn.kehoach.parser.time.DeadlineIssue;

/**
 * What the rules read: the assembled document (without diagnostics) and the stage results it was made from.
 * Line numbers of {@link #text()}, {@link #layout()}, {@link #outline()} and {@link #header()} are normalized
 * lines; {@link #at(int, int)} and {@link #atLine(int)} turn them into source positions for findings.
 *
 * @param plan the document as assembled
 * @param text the normalized text
 * @param layout where the parts of the document are
 * @param outline the headings
 * @param header what the header says, with its lines
 * @param tables the task tables, whose rows became the plan's table tasks
 * @param deadlineIssues what the deadline grammar found wrong in each task's deadline as it was read (the
 *     readings are not repeated by the rules); deadlines without issues may be absent
 * @param attached the document is attached to another ("Ban hành kèm theo Quyết định số ...") and has no
 *     number, date or signature of its own
 * @param family state, Party, or news article
 * @param regime the thể thức regulation in force on the issue date
 */
public record RuleContext(PlanDocument plan, NormalizedText text, Layout layout, Outline outline, Header header,
        List<TaskTable> tables, Map<Deadline, List<DeadlineIssue>> deadlineIssues, boolean attached,
        DocumentFamily family, Regime regime) {
    public RuleContext {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(header, "header");
        tables = List.copyOf(tables);
        deadlineIssues = Map.copyOf(deadlineIssues);
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(regime, "regime");
    }

    /** What the deadline grammar found wrong in a task's deadline (DATE_INVALID, YEAR_IMPLAUSIBLE, ...). */
    public List<DeadlineIssue> issues(Deadline deadline) {
        return deadline == null ? List.of() : deadlineIssues.getOrDefault(deadline, List.of());
    }

    /** The issue date, or null when the header has none (or an impossible one). */
    public LocalDate issued() {
        return plan.document().issuedOn();
    }

    /** A formal document (state or Party), which has a thể thức to check; news articles have none. */
    public boolean formal() {
        return family != DocumentFamily.ARTICLE;
    }

    /** The source position of character {@code offset} of normalized line {@code line}. */
    public Position at(int line, int offset) {
        if (line < 1 || line > text.size()) {
            return Position.DOCUMENT;
        }
        var p = text.line(line).source().at(offset);
        return new Position(p.line(), p.column());
    }

    /** The source line where normalized line {@code line} starts, as a whole line. */
    public Position atLine(int line) {
        return line < 1 || line > text.size() ? Position.DOCUMENT : Position.line(text.sourceLine(line));
    }
}
