package vn.kehoach.parser.table;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads rows as task rows: their number, whether they only group the rows below, and the group text they stand
 * under. A row is a group when it is a title row (one cell across the task column and those after it), a section
 * (Roman "II", letter "B"), a numbered row followed by its first sub-row ("1" before "1.1"), or an unnumbered row
 * with only its task cell filled. A group's text applies to the rows below it until the next group of its level or
 * above: sections, then title rows, then "1", then "1.1".
 *
 * <p>Thread-safe; stateless.
 */
final class RowReader {
    /** The level of an unnumbered title row: under a section, over the numbered rows. */
    private static final int TITLE_LEVEL = 1;
    /** The level of an unnumbered task row: it closes no group. */
    private static final int TASK_LEVEL = 99;

    private record Group(int level, String text) {
    }

    List<TaskRow> read(List<ColumnRole> columns, List<RawRow> raw) {
        int numberColumn = columns.indexOf(ColumnRole.NUMBER);
        int taskColumn = columns.indexOf(ColumnRole.TASK);
        List<Numbered> rows = raw.stream().map(r -> numbered(r, numberColumn, taskColumn)).toList();
        Deque<Group> open = new ArrayDeque<>();
        List<TaskRow> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Numbered row = rows.get(i);
            Map<ColumnRole, String> cells = cells(columns, row);
            boolean group = isGroup(row, cells, next(rows, i));
            int level = row.number != null ? row.number.level() : group ? TITLE_LEVEL : TASK_LEVEL;
            while (!open.isEmpty() && open.peek().level >= level) {
                open.pop();
            }
            String groupText = open.isEmpty() ? null : open.peek().text;
            out.add(new TaskRow(row.number == null ? null : row.number.printed(), groupText, cells, group,
                    row.raw.line()));
            if (group) {
                open.push(new Group(level, cells.getOrDefault(ColumnRole.TASK, "")));
            }
        }
        return out;
    }

    /** A raw row with its number read, and its task text without a number printed in front of it. */
    private record Numbered(RawRow raw, RowNumber number, String task) {
    }

    private static Numbered numbered(RawRow r, int numberColumn, int taskColumn) {
        String task = clean(r.cell(taskColumn));
        Optional<RowNumber> number = Optional.ofNullable(clean(r.cell(numberColumn))).flatMap(RowNumber::parse);
        boolean overNumber = r.title() && (r.cell(numberColumn) == null || Objects.equals(task, clean(r.cell(numberColumn))));
        if (number.isEmpty() && task != null && (numberColumn < 0 || overNumber)) {
            // "I. CẢI CÁCH THỂ CHẾ" in a title cell merged over the number column, or in a table without one.
            Optional<RowNumber.Leading> leading = RowNumber.leading(task)
                    .filter(l -> task.substring(0, task.length() - l.rest().length()).strip().matches(".*[.)]"));
            if (leading.isPresent()) {
                return new Numbered(r, leading.get().number(), leading.get().rest());
            }
        }
        return new Numbered(r, number.orElse(null), task);
    }

    private static boolean isGroup(Numbered row, Map<ColumnRole, String> cells, Numbered next) {
        boolean onlyTask = cells.keySet().stream().allMatch(k -> k == ColumnRole.TASK || k == ColumnRole.NUMBER);
        if (row.raw.title()) {
            return true;
        }
        if (row.number == null) {
            return onlyTask && cells.containsKey(ColumnRole.TASK);
        }
        return switch (row.number.kind()) {
            case ROMAN, UPPER -> onlyTask || next != null && next.number != null
                    && next.number.level() > row.number.level();
            case ARABIC -> next != null && next.number != null && row.number.isParentOf(next.number);
            case LOWER -> false;
        };
    }

    /** The next row that has a number, if any. */
    private static Numbered next(List<Numbered> rows, int i) {
        for (int k = i + 1; k < rows.size(); k++) {
            if (rows.get(k).number != null) {
                return rows.get(k);
            }
            if (!rows.get(k).raw.title()) {
                return null;
            }
        }
        return null;
    }

    private static Map<ColumnRole, String> cells(List<ColumnRole> columns, Numbered row) {
        Map<ColumnRole, String> out = new EnumMap<>(ColumnRole.class);
        for (int c = 0; c < columns.size(); c++) {
            ColumnRole role = columns.get(c);
            String text = role == ColumnRole.TASK ? row.task : clean(row.raw.cell(c));
            if (text == null || row.raw.title() && role != ColumnRole.TASK && role != ColumnRole.NUMBER) {
                continue;
            }
            out.merge(role, text, (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return out;
    }

    /** The text stripped, or null when empty. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
