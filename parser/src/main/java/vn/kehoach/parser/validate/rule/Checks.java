package vn.kehoach.parser.validate.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Period;
import vn.kehoach.model.Task;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.table.ColumnRole;
import vn.kehoach.parser.table.TaskRow;
import vn.kehoach.parser.table.TaskTable;
import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/** Small helpers several rules share. */
final class Checks {
    /** How far below a task's first line its cells may lie (one cell per line, blank lines between). */
    private static final int ROW_LINES = 40;

    private static final Pattern TITLE_YEAR = Pattern.compile("(?<!\\d)((?:19|20|21)\\d{2})(?!\\d)");

    private Checks() {
    }

    /** The issue date and period that deadlines of this document are read against. */
    static DeadlineContext deadlineContext(RuleContext c) {
        return new DeadlineContext(c.issued(), c.plan().document().period());
    }

    /**
     * Where {@code excerpt} is printed at or below source line {@code from} (a task's first line, its deadline in
     * a later cell); the line itself when it cannot be found.
     */
    static Position locate(RuleContext c, int from, String excerpt) {
        if (excerpt == null || excerpt.isBlank()) {
            return Position.line(from);
        }
        String want = Fold.fold(excerpt);
        List<NormalizedText.Line> lines = c.text().lines();
        int start = firstAtOrAfter(lines, from);
        for (int i = start; i < lines.size() && i <= start + ROW_LINES; i++) {
            int at = Fold.fold(lines.get(i).text()).indexOf(want);
            if (at >= 0) {
                return c.at(lines.get(i).number(), at);
            }
        }
        return Position.line(from);
    }

    /** The index of the first line whose source line is {@code from} or later (lines keep source order). */
    private static int firstAtOrAfter(List<NormalizedText.Line> lines, int from) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).sourceLine() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A task that came from a row of a task table. */
    record TableTask(TaskTable table, TaskRow row, Task task) {
    }

    /** The plan's tasks that came from task tables, with their table and row, in document order. */
    static List<TableTask> tableTasks(RuleContext c) {
        Map<Integer, Task> byLine = new HashMap<>();
        for (Task t : c.plan().tasks()) {
            byLine.putIfAbsent(t.line(), t);
        }
        List<TableTask> out = new ArrayList<>();
        for (TaskTable table : c.tables()) {
            for (TaskRow row : table.tasks()) {
                Task t = byLine.get(c.text().sourceLine(row.line()));
                if (t != null) {
                    out.add(new TableTask(table, row, t));
                }
            }
        }
        return out;
    }

    /** The table tasks grouped by table, tables in document order. */
    static Map<TaskTable, List<TableTask>> tableTasksByTable(RuleContext c) {
        Map<TaskTable, List<TableTask>> out = new LinkedHashMap<>();
        for (TableTask t : tableTasks(c)) {
            out.computeIfAbsent(t.table(), k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** A period as written in messages: "2013 - 2015", or "2025" for one year (never MessageFormat's "2,013"). */
    static String years(Period p) {
        return p.from() == p.to() ? String.valueOf(p.from()) : p.from() + " - " + p.to();
    }

    /** A date as Vietnamese documents write it: "14/8/2013". */
    static String date(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    /** How messages name a task: its number, or the start of its text when it has none. */
    static String ref(Task t) {
        if (t.ref() != null && !t.ref().isBlank()) {
            return t.ref();
        }
        String text = t.text().strip();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The words around {@code part} inside {@code whole}: 60 characters before it, 30 after; all of it if absent. */
    static String around(String whole, String part) {
        int at = whole.indexOf(part);
        if (at < 0) {
            return whole;
        }
        return whole.substring(Math.max(0, at - 60), Math.min(whole.length(), at + part.length() + 30));
    }

    /**
     * Reports the task-table rows where {@code missing} holds (at the row, message argument: the task's number),
     * and, once at its header, a task table without the column at all (variant "column").
     */
    static void rowsWithout(RuleContext c, Findings out, ColumnRole column, Predicate<Task> missing) {
        for (Map.Entry<TaskTable, List<TableTask>> e : tableTasksByTable(c).entrySet()) {
            if (!e.getKey().columns().contains(column)) {
                out.report("column", null, c.atLine(e.getKey().headerLine()), null);
                continue;
            }
            for (TableTask t : e.getValue()) {
                if (missing.test(t.task())) {
                    out.report(Position.line(t.task().line()), null, ref(t.task()));
                }
            }
        }
    }

    /** The same type name, or one the other begins with ("Chương trình" and "Chương trình hành động"). */
    static boolean sameType(String a, String b) {
        String x = Fold.words(a);
        String y = Fold.words(b);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    /**
     * The last year a title names, and at least the period's end: a vision ("giai đoạn 2022 - 2025, định hướng
     * đến năm 2030") or a phase planned for later extends what the plan covers.
     */
    static int lastTitleYear(String title, Period period) {
        int last = period.to();
        if (title != null) {
            Matcher m = TITLE_YEAR.matcher(title);
            while (m.find()) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        return last;
    }

    /** A comparison key for text: folded, punctuation dropped, spaces collapsed. */
    static String key(String s) {
        return s == null ? "" : Fold.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
