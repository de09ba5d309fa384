package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.kehoach.parser.normalize.LineShape;

/**
 * The rows of a flattened table without a number column: every run of as many cells as the header has columns, up
 * to a cell of running text. Title rows cannot be told apart here, and PDF text (where a cell may take several
 * lines) yields no rows at all.
 */
final class CountedRows {
    private CountedRows() {
    }

    static FlatRows.Result assemble(List<Cell> cells, List<ColumnRole> columns, int headerLine, TableForm form) {
        int n = columns.size();
        List<RawRow> rows = new ArrayList<>();
        int lastLine = headerLine;
        if (form == TableForm.LINES) {
            return new FlatRows.Result(rows, lastLine);
        }
        for (int i = 0; i + 1 < cells.size(); i += n) {
            List<Cell> run = cells.subList(i, Math.min(cells.size(), i + n));
            if (run.stream().anyMatch(c -> LineShape.words(c.text()) > FlatRows.MAX_CELL_WORDS)) {
                break;
            }
            String[] out = new String[n];
            for (int k = 0; k < run.size(); k++) {
                out[k] = run.get(k).text();
            }
            rows.add(new RawRow(Arrays.asList(out), run.get(0).line(), false));
            lastLine = run.get(run.size() - 1).line();
        }
        return new FlatRows.Result(rows, lastLine);
    }
}
