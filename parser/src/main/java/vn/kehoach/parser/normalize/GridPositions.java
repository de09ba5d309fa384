package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.normalize.NormalizedText.CellPosition;

/**
 * The grid position of every cell of a table, in reading order, the way HTML lays tables out: a cell takes the
 * first grid column of its row that no cell to its left or rowspan from above covers.
 */
final class GridPositions {
    private GridPositions() {
    }

    static List<CellPosition> of(int table, TableBlock block) {
        List<CellPosition> out = new ArrayList<>();
        // Grid columns still covered by a rowspan from above: column → last row it covers.
        Map<Integer, Integer> coveredUntil = new HashMap<>();
        for (int r = 0; r < block.rows().size(); r++) {
            int column = 0;
            for (TableBlock.TableCell cell : block.rows().get(r).cells()) {
                while (coveredUntil.getOrDefault(column, -1) >= r) {
                    column++;
                }
                out.add(new CellPosition(table, r, column, cell.colspan(), cell.rowspan()));
                for (int c = column; c < column + cell.colspan(); c++) {
                    coveredUntil.put(c, r + cell.rowspan() - 1);
                }
                column += cell.colspan();
            }
        }
        return out;
    }
}
