package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;

/**
 * Recovers the rows of a flattened table from its cells. With the number column first, a row starts at a cell
 * holding the next row number ({@link NumberSequence}: "1.1" after "1", "2" after "1.2") once the row has its number
 * and a task; a row that has the header's count of cells ends there (then a fitting number must follow, or a title
 * row, or the table ends). A group row ("1" over "1.1") has only its number and text; an unnumbered title row is one
 * cell, perhaps with empty cells, before a fitting number. In PDF text ({@link TableForm#LINES}) a row runs up to the
 * next fitting number, which may also stand in front of text in a line ("1.1 Tuyên truyền ...", "... khu dân cư 2
 * Phát triển hạ tầng số"). The header printed again on a new page is skipped. Without a number column, see
 * {@link CountedRows}.
 *
 * <p>Thread-safe; immutable.
 */
final class FlatRows {
    /** A line this long after a full row is running text: the table has ended. */
    private static final int MAX_LINE_WORDS = 40;
    /** "III. TỔ CHỨC THỰC HIỆN": a section heading of the body. */
    private static final Pattern SECTION = Pattern.compile("[IVXLC]{1,7}\\.\\s+\\S.*");
    /** A cell this long is running text, not a cell. */
    static final int MAX_CELL_WORDS = 250;
    /** A PDF row takes at most this many lines per column. */
    private static final int MAX_LINES_PER_COLUMN = 8;
    private static final Pattern NUMBER_INSIDE = Pattern.compile("\\s(\\d{1,3}(?:\\.\\d{1,3})*)\\s+(?=\\p{Lu})");

    private final RowFitter fitter;
    private final DeadlineCues deadlines;

    FlatRows(RowFitter fitter, DeadlineCues deadlines) {
        this.fitter = fitter;
        this.deadlines = deadlines;
    }

    /**
     * The rows after a header.
     *
     * @param rows the rows in order
     * @param lastLine the last line the table takes
     */
    record Result(List<RawRow> rows, int lastLine) {
    }

    Result assemble(Header header, TableForm form) {
        List<ColumnRole> columns = header.columns();
        List<Cell> cells = new ArrayList<>(header.rest());
        if (columns.get(0) != ColumnRole.NUMBER) {
            return CountedRows.assemble(cells, columns, header.line(), form);
        }
        int n = columns.size();
        NumberSequence seq = new NumberSequence();
        List<RawRow> rows = new ArrayList<>();
        int lastLine = header.line();
        int i = 0;
        while (i < cells.size()) {
            cells.subList(i, i + HeaderRepeat.length(cells, i, header.words())).clear();
            if (i >= cells.size()) {
                break;
            }
            Optional<RowNumber> number = rowStart(cells, i, seq, form);
            if (number.isEmpty()) {
                int title = titleRow(cells, i, seq, form, n);
                if (title == 0) {
                    break;
                }
                rows.add(titleRow(cells.get(i), columns));
                lastLine = cells.get(i + title - 1).line();
                i += title;
                continue;
            }
            seq.accept(number.get());
            List<Cell> row = new ArrayList<>(List.of(cells.get(i)));
            int j = i + 1;
            while (j < cells.size()) {
                cells.subList(j, j + HeaderRepeat.length(cells, j, header.words())).clear(); // a new page
                if (j >= cells.size()) {
                    break;
                }
                if (row.size() >= 2 && rowStart(cells, j, seq, form).isPresent()) {
                    break;
                }
                if (form == TableForm.LINES) {
                    if (row.size() > MAX_LINES_PER_COLUMN * n || row.size() >= n && endsTable(cells.get(j))) {
                        break;
                    }
                    splitAtRowNumber(cells, j, seq);
                } else if (row.size() >= n) {
                    int extra = extraCells(cells, j, seq, form, n);
                    row.addAll(cells.subList(j, j + extra));
                    j += extra;
                    break;
                } else if (LineShape.words(cells.get(j).text()) > MAX_CELL_WORDS) {
                    break;
                }
                row.add(cells.get(j));
                j++;
            }
            rows.add(fitter.fit(row, columns));
            lastLine = cells.get(j - 1).line();
            i = j;
        }
        return new Result(rows, lastLine);
    }

    /** The number of the row starting at cell {@code i}, if one fits there; PDF text splits "1.1 Tuyên truyền". */
    private static Optional<RowNumber> rowStart(List<Cell> cells, int i, NumberSequence seq, TableForm form) {
        String text = cells.get(i).text();
        Optional<RowNumber> whole = RowNumber.parse(text).filter(seq::fits);
        if (whole.isPresent() || form != TableForm.LINES) {
            return whole;
        }
        Optional<RowNumber.Leading> leading = RowNumber.leading(text).filter(l -> seq.fits(l.number()));
        leading.ifPresent(l -> {
            Cell c = cells.get(i);
            cells.set(i, c.withText(text.substring(0, text.length() - l.rest().length()).strip()));
            cells.add(i + 1, c.withText(l.rest()));
        });
        return leading.map(RowNumber.Leading::number);
    }

    /** A line after a full PDF row that is no cell: a paragraph of running text, a section heading, "Nơi nhận". */
    private static boolean endsTable(Cell c) {
        String t = c.text();
        return LineShape.words(t) > MAX_LINE_WORDS || SECTION.matcher(t).matches() && LineShape.isUpperCase(t)
                || Fold.words(t).startsWith("noi nhan");
    }

    /** Splits a PDF line where the next row begins inside it: "Tháng 6/2025 khu dân cư 2 Phát triển hạ tầng số". */
    private static void splitAtRowNumber(List<Cell> cells, int j, NumberSequence seq) {
        Cell c = cells.get(j);
        Matcher m = NUMBER_INSIDE.matcher(c.text());
        while (m.find()) {
            if (RowNumber.parse(m.group(1)).filter(seq::fits).isPresent()) {
                cells.set(j, c.withText(c.text().substring(0, m.start()).strip()));
                cells.add(j + 1, c.withText(c.text().substring(m.start()).strip()));
                return;
            }
        }
    }

    /** Cells of an unnumbered title row at {@code i} (its text, then empty cells), 0 when there is none. */
    private int titleRow(List<Cell> cells, int i, NumberSequence seq, TableForm form, int n) {
        Cell c = cells.get(i);
        if (c.isEmpty() || LineShape.words(c.text()) > MAX_LINE_WORDS) {
            return 0;
        }
        int k = i + 1;
        while (k < cells.size() && k - i < n && cells.get(k).isEmpty()) {
            k++;
        }
        return k < cells.size() && isTitle(c, k - i) && rowStart(cells, k, seq, form).isPresent() ? k - i : 0;
    }

    /** A cell alone before a row, {@code span} cells with the empty ones after it, reads as a title row. */
    private boolean isTitle(Cell c, int span) {
        return span > 1 || LineShape.isUpperCase(c.text()) || !deadlines.isDeadline(c.text());
    }

    private static RawRow titleRow(Cell c, List<ColumnRole> columns) {
        String[] out = new String[columns.size()];
        out[columns.indexOf(ColumnRole.TASK)] = c.text();
        return new RawRow(Arrays.asList(out), c.line(), true);
    }

    /**
     * Cells after a full row that still belong to it (a cell split in two paragraphs): those before the next row
     * number, unless they are a title row (one cell that is no deadline, then empty cells); 0 when none.
     */
    private int extraCells(List<Cell> cells, int j, NumberSequence seq, TableForm form, int n) {
        int m = 0;
        for (; m < MAX_LINES_PER_COLUMN * n && j + m < cells.size(); m++) {
            if (rowStart(cells, j + m, seq, form).isPresent()) {
                boolean title = m > 0 && isTitle(cells.get(j), m)
                        && cells.subList(j + 1, j + m).stream().allMatch(Cell::isEmpty);
                return title ? 0 : m;
            }
        }
        // The last row of paragraphs: a few more up to the end of the text still belong to it ("án", "Năm 2030").
        boolean end = form == TableForm.PARAGRAPHS && j + m == cells.size() && m < n
                && cells.subList(j, j + m).stream().noneMatch(FlatRows::endsTable);
        return end ? m : 0;
    }
}
