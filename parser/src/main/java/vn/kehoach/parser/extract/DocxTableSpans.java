package vn.kehoach.parser.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.kehoach.parser.extract.TableBlock.TableCell;
import vn.kehoach.parser.extract.TableBlock.TableRow;

/**
 * Restores the spans of DOCX tables, which Tika's XHTML loses: it writes a cell merged across columns
 * ({@code w:gridSpan}) as one {@code td} without {@code colspan}, and each cell a vertical merge continues
 * ({@code w:vMerge}) as an empty {@code td}. This reads the document again with POI XWPF and, for each body
 * table whose rows and cell counts match a table Tika gave, in order, sets {@code colspan} from
 * {@code gridSpan} and {@code rowspan} from the run of {@code vMerge} cells, and drops the continuation
 * cells (their text, if any, is added to the merged cell), so DOCX tables come out shaped like HTML ones.
 *
 * <p>Tables that match no body table (those of page headers, tables inside content controls) keep the
 * shape Tika gave. When POI cannot read the document, the blocks are returned unchanged.
 */
final class DocxTableSpans {
    private DocxTableSpans() {
    }

    private enum Merge { NONE, RESTART, CONTINUE }

    private record Shape(int column, int colspan, Merge merge, String text) {
    }

    /** Share of cells whose text must agree (white space aside) for a POI table to be taken as Tika's. */
    private static final double AGREEMENT = 0.8;

    static List<Block> restore(byte[] docx, List<Block> blocks) {
        if (blocks.stream().noneMatch(b -> b instanceof TableBlock)) {
            return blocks;
        }
        List<List<List<Shape>>> shapes;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            shapes = doc.getTables().stream().map(DocxTableSpans::shapes).toList();
        } catch (IOException | RuntimeException e) {
            return blocks; // Tika read it; the tables merely keep Tika's shape
        }
        List<Block> out = new ArrayList<>(blocks.size());
        int next = 0;
        for (Block block : blocks) {
            int match = block instanceof TableBlock t ? find(t, shapes, next) : -1;
            if (match >= 0) {
                out.add(apply((TableBlock) block, shapes.get(match)));
                next = match + 1;
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static List<List<Shape>> shapes(XWPFTable table) {
        List<List<Shape>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Shape> cells = new ArrayList<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int colspan = pr != null && pr.isSetGridSpan() ? clamp(pr.getGridSpan().getVal(), 1) : 1;
                Merge merge = pr == null || !pr.isSetVMerge() ? Merge.NONE
                        : pr.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
                cells.add(new Shape(column, colspan, merge, letters(cell.getText())));
                column += colspan;
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        return pr != null && pr.sizeOfGridBeforeArray() > 0 ? clamp(pr.getGridBeforeArray(0).getVal(), 0) : 0;
    }

    private static int clamp(BigInteger value, int least) {
        if (value == null) {
            return least;
        }
        return value.max(BigInteger.valueOf(least)).min(BigInteger.valueOf(TableBuilder.MAX_SPAN)).intValue();
    }

    /** The first body table from {@code from} on that has the same cells as {@code table}, or -1. */
    private static int find(TableBlock table, List<List<List<Shape>>> shapes, int from) {
        for (int i = from; i < shapes.size(); i++) {
            if (matches(table, shapes.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Same rows, same number of cells per row, and most cells with the same text (header tables differ). */
    private static boolean matches(TableBlock table, List<List<Shape>> shape) {
        if (table.rows().size() != shape.size()) {
            return false;
        }
        int cells = 0;
        int agreeing = 0;
        for (int r = 0; r < shape.size(); r++) {
            List<TableCell> tikaCells = table.rows().get(r).cells();
            if (tikaCells.size() != shape.get(r).size()) {
                return false;
            }
            for (int c = 0; c < tikaCells.size(); c++) {
                cells++;
                agreeing += letters(tikaCells.get(c).text()).equals(shape.get(r).get(c).text()) ? 1 : 0;
            }
        }
        return agreeing >= AGREEMENT * cells;
    }

    private static String letters(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private static TableBlock apply(TableBlock table, List<List<Shape>> shape) {
        int rows = shape.size();
        boolean[][] absorbed = new boolean[rows][];
        for (int r = 0; r < rows; r++) {
            absorbed[r] = new boolean[shape.get(r).size()];
        }
        int[][] rowspan = new int[rows][];
        Map<Long, StringBuilder> extraText = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            rowspan[r] = new int[shape.get(r).size()];
            for (int c = 0; c < shape.get(r).size(); c++) {
                rowspan[r][c] = 1;
                Shape s = shape.get(r).get(c);
                if (absorbed[r][c] || s.merge() == Merge.NONE) {
                    continue;
                }
                // A restart, or a continuation with nothing to continue, which Word shows as a restart.
                for (int below = r + 1; below < rows; below++) {
                    int k = cellAt(shape.get(below), s.column());
                    if (k < 0 || shape.get(below).get(k).merge() != Merge.CONTINUE) {
                        break;
                    }
                    absorbed[below][k] = true;
                    rowspan[r][c]++;
                    String text = table.rows().get(below).cells().get(k).text();
                    if (!text.isBlank()) {
                        extraText.computeIfAbsent(key(r, c), x -> new StringBuilder()).append('\n').append(text);
                    }
                }
            }
        }
        List<TableRow> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < shape.get(r).size(); c++) {
                if (absorbed[r][c]) {
                    continue;
                }
                String text = table.rows().get(r).cells().get(c).text();
                StringBuilder extra = extraText.get(key(r, c));
                if (extra != null) {
                    text = text.isBlank() ? extra.substring(1) : text + extra;
                }
                cells.add(new TableCell(text, shape.get(r).get(c).colspan(), rowspan[r][c]));
            }
            out.add(new TableRow(cells));
        }
        return new TableBlock(out);
    }

    private static int cellAt(List<Shape> row, int column) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).column() == column) {
                return i;
            }
        }
        return -1;
    }

    private static long key(int row, int cell) {
        return ((long) row << 32) | cell;
    }
}
