package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;
import vn.kehoach.parser.outline.Layout;

/**
 * Finds the task tables of a plan and recovers their rows and columns, whatever form they reached the text in
 * ({@link TableForm}): real tables of DOCX, ODT and HTML with their merged cells; cells flattened with "|"; one cell
 * per paragraph; PDF text line by line. Column roles come from the header titles ({@code column-titles.tsv}), read
 * without regard to case, tone marks or line breaks; a table is a task table when its header names a task column and
 * a lead or a deadline column, so the layout tables of the header (issuer | motto) and of the closing (Nơi nhận |
 * signature) never are. Tables are looked for in the appendices and in the body alike.
 *
 * <p>Limits: in PDF text the cells of a row are guessed from its lines ({@link WrappedCells}), and lines the PDF
 * put out of order (side-by-side cells of a word processor's layout) stay out of order; a page number inside a PDF
 * table that fits the row numbering is read as a row; a flattened table without a number column is cut into rows by
 * its column count alone ({@link CountedRows}); row numbers have at most three digits per part. Bad input yields
 * fewer or no tables, never an exception.
 *
 * <p>Thread-safe; immutable.
 */
public final class TableRecognizer {
    private final GridTables grids = new GridTables(HeaderTitles.DEFAULT);
    private final TextTables texts = new TextTables(new FlatRows(RowFitter.DEFAULT, DeadlineCues.DEFAULT));
    private final RowReader rows = new RowReader();

    /** The task tables of the text, in order. */
    public List<TaskTable> recognize(NormalizedText text, Layout layout) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(layout, "layout");
        List<TaskTable> out = new ArrayList<>();
        Set<Integer> used = gridTables(text, layout, out);
        flatTables(text, layout, used, out);
        out.sort(Comparator.comparingInt(TaskTable::headerLine));
        return List.copyOf(out);
    }

    /** Adds the real task tables; returns the indexes of the real tables they take. */
    private Set<Integer> gridTables(NormalizedText text, Layout layout, List<TaskTable> out) {
        Set<Integer> used = new HashSet<>();
        Open open = null;
        for (GridTables.Grid g : grids.read(text)) {
            if (open != null && open.continuedBy(g)) {
                open.rows.addAll(g.rows(open.columns)); // a table broken in two, with or without a second header
                open.last = g.index();
                used.add(g.index());
                continue;
            }
            if (open != null && !open.rows.isEmpty()) {
                out.add(table(layout, open.headerLine, open.columns, open.rows, TableForm.GRID));
            }
            open = null;
            if (g.columns().isPresent()) {
                open = new Open(g.columns().get(), g.headerLine(), new ArrayList<>(g.rows()), g.index());
                used.add(g.index());
            }
        }
        if (open != null && !open.rows.isEmpty()) {
            out.add(table(layout, open.headerLine, open.columns, open.rows, TableForm.GRID));
        }
        return used;
    }

    /** A real task table being read, perhaps over several tables of the document. */
    private static final class Open {
        final List<ColumnRole> columns;
        final int headerLine;
        final List<RawRow> rows;
        int last;

        Open(List<ColumnRole> columns, int headerLine, List<RawRow> rows, int last) {
            this.columns = columns;
            this.headerLine = headerLine;
            this.rows = rows;
            this.last = last;
        }

        /** True when {@code g} is the next table, as wide, with the same header or none, its numbers going on. */
        boolean continuedBy(GridTables.Grid g) {
            return g.index() == last + 1 && g.width() == columns.size() && g.columns().map(columns::equals).orElse(true)
                    && continuesNumbering(rows, g.rows(columns), columns);
        }
    }

    /**
     * True when the first numbered row of {@code next} goes on from the numbers of {@code rows} ("4" after "3"), or
     * {@code rows} has none (a header printed as a table of its own).
     */
    private static boolean continuesNumbering(List<RawRow> rows, List<RawRow> next, List<ColumnRole> columns) {
        int n = columns.indexOf(ColumnRole.NUMBER);
        if (n < 0) {
            return false;
        }
        NumberSequence seq = new NumberSequence();
        rows.forEach(r -> number(r, n).ifPresent(seq::accept));
        Optional<RowNumber> first = next.stream().map(r -> number(r, n)).flatMap(Optional::stream).findFirst();
        boolean none = rows.stream().allMatch(r -> number(r, n).isEmpty());
        return first.isPresent() && (none || seq.fits(first.get()) && !seq.restarts(first.get()));
    }

    private static Optional<RowNumber> number(RawRow r, int column) {
        return Optional.ofNullable(r.cell(column)).flatMap(RowNumber::parse);
    }

    /**
     * Adds the flattened task tables: in the text, and in the cells of real tables that are no task tables (a table
     * nested in a layout cell comes as that cell's paragraphs).
     */
    private void flatTables(NormalizedText text, Layout layout, Set<Integer> used, List<TaskTable> out) {
        int i = 1; // the header zone holds no task header, and the layout may misplace where it ends
        while (i <= text.size()) {
            Line l = text.line(i);
            boolean free = l.cell() == null || !used.contains(l.cell().table());
            if (free && !l.isBlank() && HeaderTitles.DEFAULT.startsWithTitle(l.text())) {
                Optional<TextTables.Flat> t = texts.read(text, i, regionEnd(text, layout, i));
                if (t.isPresent()) {
                    TextTables.Flat f = t.get();
                    out.add(table(layout, f.header().line(), f.header().columns(), f.rows(), f.form()));
                    i = Math.max(i, f.lastLine()) + 1;
                    continue;
                }
            }
            i++;
        }
    }

    /** The last line a table starting at {@code start} may take: the line before the next appendix heading. */
    private static int regionEnd(NormalizedText text, Layout layout, int start) {
        for (Layout.AppendixHeading h : layout.appendices()) {
            if (h.line() > start) {
                return h.line() - 1;
            }
        }
        return text.size();
    }

    private TaskTable table(Layout layout, int headerLine, List<ColumnRole> columns, List<RawRow> raw,
            TableForm form) {
        return new TaskTable(appendix(layout, headerLine), columns, rows.read(columns, raw), headerLine, form);
    }

    /** The index of the appendix a line stands in, or -1 before the first. */
    private static int appendix(Layout layout, int line) {
        int index = -1;
        for (int k = 0; k < layout.appendices().size(); k++) {
            if (layout.appendices().get(k).line() <= line) {
                index = k;
            }
        }
        return index;
    }
}
