package vn.kehoach.parser.extract;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.extract.TableBlock.TableCell;
import vn.kehoach.parser.extract.TableBlock.TableRow;

/**
 * Prints blocks one line each so tests can compare whole documents: a paragraph as its text (a line break
 * as {@code ⏎}), a table as {@code table} followed by one {@code | cell | cell |} line per row, a cell's
 * spans as {@code {2x1}} (colspan x rowspan) when not 1x1.
 */
final class CompactPrint {
    private CompactPrint() {
    }

    static List<String> print(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof TextBlock t) {
                lines.add(escape(t.text()));
            } else if (block instanceof TableBlock table) {
                lines.add("table");
                for (TableRow row : table.rows()) {
                    StringBuilder sb = new StringBuilder("|");
                    for (TableCell cell : row.cells()) {
                        sb.append(' ').append(escape(cell.text()));
                        if (cell.colspan() != 1 || cell.rowspan() != 1) {
                            sb.append(" {").append(cell.colspan()).append('x').append(cell.rowspan()).append('}');
                        }
                        sb.append(" |");
                    }
                    lines.add(sb.toString());
                }
            }
        }
        return lines;
    }

    private static String escape(String s) {
        return s.replace("\n", "⏎");
    }
}
