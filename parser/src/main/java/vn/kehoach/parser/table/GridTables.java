package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.CellPosition;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * The real tables of a document (DOCX, ODT, HTML), from the lines that carry a {@link CellPosition}: each cell's
 * lines joined with spaces and laid on the grid with its spans, so that a merged cell fills every column and row it
 * covers (a lead agency merged over three rows is each row's lead). The header is the first row of the first three
 * whose titles name a task column and a lead or deadline column, with the rows under it that hold only titles (the
 * "Chủ trì" and "Phối hợp" under "Cơ quan thực hiện"); a column takes the role of its lowest title.
 *
 * <p>Thread-safe; immutable.
 */
final class GridTables {
    private static final int HEADER_ROWS_SEARCHED = 3;

    private final HeaderTitles titles;

    GridTables(HeaderTitles titles) {
        this.titles = titles;
    }

    /**
     * One real table of the document.
     *
     * @param index its index in the document
     * @param columns the roles of its columns, or empty when it has no task header
     * @param headerLine the line of its header (or first line when it has none)
     * @param width its number of grid columns
     * @param slots its grid: the cell covering each row and column, or null
     * @param dataFrom the first row below the header (0 when it has none)
     */
    record Grid(int index, Optional<List<ColumnRole>> columns, int headerLine, int width, Slot[][] slots,
            int dataFrom) {
        /** Its rows below the header, read as columns of these roles. */
        List<RawRow> rows(List<ColumnRole> roles) {
            return GridTables.rows(slots, dataFrom, roles);
        }

        /** Its rows below the header, read as columns of its own roles (every row when it has no header). */
        List<RawRow> rows() {
            return rows(columns.orElse(null));
        }
    }

    /** A cell: its text and where it starts. */
    static final class Slot {
        final CellPosition at;
        final StringBuilder text = new StringBuilder();
        final int line;

        Slot(CellPosition at, int line) {
            this.at = at;
            this.line = line;
        }
    }

    List<Grid> read(NormalizedText text) {
        Map<Integer, Map<CellPosition, Slot>> tables = new LinkedHashMap<>();
        for (Line l : text.lines()) {
            CellPosition at = l.cell();
            if (at == null) {
                continue;
            }
            Slot s = tables.computeIfAbsent(at.table(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(at, k -> new Slot(at, l.number()));
            if (!l.isBlank()) {
                s.text.append(s.text.length() == 0 ? "" : " ").append(l.text().strip());
            }
        }
        List<Grid> out = new ArrayList<>();
        tables.forEach((index, slots) -> out.add(grid(index, new ArrayList<>(slots.values()))));
        return out;
    }

    private Grid grid(int index, List<Slot> slots) {
        int height = slots.stream().mapToInt(s -> s.at.row() + s.at.rowspan()).max().orElse(0);
        int width = slots.stream().mapToInt(s -> s.at.column() + s.at.colspan()).max().orElse(0);
        Slot[][] grid = new Slot[height][width];
        for (Slot s : slots) {
            for (int r = s.at.row(); r < s.at.row() + s.at.rowspan(); r++) {
                for (int c = s.at.column(); c < s.at.column() + s.at.colspan(); c++) {
                    grid[r][c] = s;
                }
            }
        }
        int first = slots.get(0).line;
        for (int top = 0; top < Math.min(HEADER_ROWS_SEARCHED, height); top++) {
            int bottom = top;
            while (bottom + 1 < height && onlyTitles(grid, bottom + 1)) {
                bottom++;
            }
            List<ColumnRole> columns = roles(grid, top, bottom, width);
            if (Header.namesTasks(columns)) {
                int line = Arrays.stream(grid[top]).filter(s -> s != null).mapToInt(s -> s.line).min().orElse(first);
                List<ColumnRole> roles = numbered(columns, rows(grid, bottom + 1, columns));
                return new Grid(index, Optional.of(roles), line, width, grid, bottom + 1);
            }
        }
        return new Grid(index, Optional.empty(), first, width, grid, 0);
    }

    /** The columns with an untitled first column taken as the number column when its cells are row numbers. */
    private static List<ColumnRole> numbered(List<ColumnRole> columns, List<RawRow> rows) {
        if (columns.contains(ColumnRole.NUMBER) || columns.get(0) != ColumnRole.OTHER) {
            return columns;
        }
        long filled = rows.stream().filter(r -> r.cell(0) != null).count();
        long numbers = rows.stream().filter(r -> r.cell(0) != null && RowNumber.parse(r.cell(0)).isPresent()).count();
        if (filled == 0 || numbers * 5 < filled * 3) {
            return columns;
        }
        List<ColumnRole> out = new ArrayList<>(columns);
        out.set(0, ColumnRole.NUMBER);
        return out;
    }

    /** True when every cell that starts in row {@code r} is a column title (a sub-header row). */
    private boolean onlyTitles(Slot[][] grid, int r) {
        boolean any = false;
        for (Slot s : grid[r]) {
            if (s != null && s.at.row() == r) {
                if (titles.exactly(s.text.toString()).isEmpty()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private List<ColumnRole> roles(Slot[][] grid, int top, int bottom, int width) {
        List<ColumnRole> out = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            ColumnRole role = ColumnRole.OTHER;
            for (int r = bottom; r >= top; r--) {
                Slot s = grid[r][c];
                Optional<HeaderTitles.Title> t = s == null ? Optional.empty() : titles.of(s.text.toString());
                if (t.isPresent()) {
                    role = t.get().role();
                    break;
                }
            }
            out.add(role);
        }
        return out;
    }

    private static List<RawRow> rows(Slot[][] grid, int from, List<ColumnRole> columns) {
        List<RawRow> out = new ArrayList<>();
        int task = columns == null ? -1 : columns.indexOf(ColumnRole.TASK);
        for (int r = from; r < grid.length; r++) {
            Slot[] row = grid[r];
            List<String> texts = new ArrayList<>();
            for (Slot s : row) {
                texts.add(s == null || s.text.length() == 0 ? null : s.text.toString());
            }
            if (texts.stream().allMatch(t -> t == null) || ColumnNumbers.isRow(texts)) {
                continue;
            }
            boolean title = task >= 0 && isTitle(row, task, columns);
            if (title) {
                for (int c = 0; c < row.length; c++) {
                    if (row[c] == row[task] && c != task) {
                        texts.set(c, null); // a merged title lies in the task column only
                    }
                }
            }
            int line = lineOf(row, r);
            out.add(new RawRow(texts, line, title));
        }
        return out;
    }

    /** The first line of the cells that start in row {@code r}, or of any of its cells. */
    private static int lineOf(Slot[] row, int r) {
        int own = Integer.MAX_VALUE;
        int any = Integer.MAX_VALUE;
        for (Slot s : row) {
            if (s != null) {
                any = Math.min(any, s.line);
                own = s.at.row() == r ? Math.min(own, s.line) : own;
            }
        }
        return own != Integer.MAX_VALUE ? own : any;
    }

    /** One cell over the task column and at least one more, the other data columns empty: a title row. */
    private static boolean isTitle(Slot[] row, int task, List<ColumnRole> columns) {
        Slot t = row[task];
        if (t == null || t.at.colspan() < 2) {
            return false;
        }
        for (int c = 0; c < row.length; c++) {
            if (c != task && row[c] != t && row[c] != null && columns.get(c) != ColumnRole.NUMBER
                    && row[c].text.length() > 0) {
                return false;
            }
        }
        return true;
    }
}
