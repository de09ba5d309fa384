package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Limits: in PDF text the columns of a row are guessed from its lines (see {@link RowFitter}); a page number or
 * a repeated header inside a PDF table may be read as data; a flattened table without a number column is cut into
 * rows by its column count alone. Bad input yields fewer or no tables, never an exception.
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
        gridTables(text, layout, out);
        flatTables(text, layout, out);
        out.sort(Comparator.comparingInt(TaskTable::headerLine));
        return List.copyOf(out);
    }

    private void gridTables(NormalizedText text, Layout layout, List<TaskTable> out) {
        List<GridTables.Grid> found = grids.read(text);
        List<ColumnRole> columns = null;
        List<RawRow> pending = new ArrayList<>();
        GridTables.Grid opened = null;
        for (GridTables.Grid g : found) {
            boolean continues = opened != null && g.columns().isEmpty() && g.index() == opened.index() + 1
                    && g.width() == columns.size() && !g.rows().isEmpty() && startsWithNumber(g, columns);
            if (continues) {
                pending.addAll(g.rows()); // a table broken in two, the second part without a header
                opened = new GridTables.Grid(g.index(), opened.columns(), opened.headerLine(), List.of(), g.width());
                continue;
            }
            if (opened != null) {
                out.add(table(text, layout, opened.headerLine(), columns, pending, TableForm.GRID));
                opened = null;
            }
            if (g.columns().isPresent()) {
                opened = g;
                columns = g.columns().get();
                pending = new ArrayList<>(g.rows());
            }
        }
        if (opened != null) {
            out.add(table(text, layout, opened.headerLine(), columns, pending, TableForm.GRID));
        }
    }

    private static boolean startsWithNumber(GridTables.Grid g, List<ColumnRole> columns) {
        int n = columns.indexOf(ColumnRole.NUMBER);
        return n >= 0 && Optional.ofNullable(g.rows().get(0).cell(n)).flatMap(RowNumber::parse).isPresent();
    }

    private void flatTables(NormalizedText text, Layout layout, List<TaskTable> out) {
        int i = 1; // the header zone holds no task header, and the layout may misplace where it ends
        while (i <= text.size()) {
            Line l = text.line(i);
            if (l.cell() == null && !l.isBlank() && HeaderTitles.DEFAULT.startsWithTitle(l.text())) {
                Optional<TextTables.Flat> t = texts.read(text, i, regionEnd(text, layout, i));
                if (t.isPresent()) {
                    TextTables.Flat f = t.get();
                    out.add(table(text, layout, f.header().line(), f.header().columns(), f.rows(), f.form()));
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

    private TaskTable table(NormalizedText text, Layout layout, int headerLine, List<ColumnRole> columns,
            List<RawRow> raw, TableForm form) {
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
