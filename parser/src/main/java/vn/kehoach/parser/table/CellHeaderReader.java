package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.table.HeaderTitles.Title;

/**
 * A header whose cells the form keeps apart ("|" or blank lines): the cells from a known title up to the first row
 * number, each a title of the vocabulary (perhaps wrapped over two or three paragraphs: "Cơ quan chủ" / "trì tham
 * mưu"), one containing a title ("Cơ quan, đơn vị chủ trì"), or an unknown title (OTHER) between known ones.
 */
final class CellHeaderReader implements HeaderReader {
    /** A header cell is a few words; a longer cell is data. */
    private static final int MAX_TITLE_WORDS = 12;
    private static final int MIN_KNOWN = 3;
    /** A title wrapped over at most this many paragraphs. */
    private static final int MAX_WRAPPED = 3;

    private final HeaderTitles titles;

    CellHeaderReader(HeaderTitles titles) {
        this.titles = titles;
    }

    @Override
    public Optional<Header> read(List<Cell> cells) {
        if (cells.isEmpty() || titles.exactly(cells.get(0).text()).isEmpty()) {
            return Optional.empty();
        }
        List<Title> found = new ArrayList<>();
        List<Integer> ends = new ArrayList<>(); // the cell after each title
        int i = 0;
        while (i < cells.size() && found.size() < MAX_COLUMNS) {
            String t = cells.get(i).text();
            if (RowNumber.parse(t).isPresent() || ColumnNumbers.length(cells, i, Math.max(3, found.size())) > 0
                    || LineShape.words(t) > MAX_TITLE_WORDS) {
                break;
            }
            int wrapped = wrappedTitle(cells, i);
            if (wrapped > 1) {
                found.add(titles.written(join(cells, i, wrapped)).orElseThrow());
                i += wrapped;
                ends.add(i);
                continue;
            }
            Title title = titles.of(t).orElse(Title.UNKNOWN);
            if (title != Title.UNKNOWN && titles.exactly(t).isEmpty() && taken(found, title)) {
                break; // "A. NHIỆM VỤ TRỌNG TÂM" after "Nhiệm vụ": a title row, not a second task column
            }
            found.add(title);
            ends.add(++i);
        }
        while (!found.isEmpty() && found.get(found.size() - 1) == Title.UNKNOWN) {
            found.remove(found.size() - 1); // data after the header, or a title row before the first row
            ends.remove(ends.size() - 1);
        }
        i = ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
        long known = found.stream().filter(x -> x != Title.UNKNOWN).count();
        List<ColumnRole> columns = SubColumns.resolve(found);
        if (known < MIN_KNOWN || known * 2 < found.size() || !Header.namesTasks(columns)) {
            return Optional.empty();
        }
        String words = cells.subList(0, i).stream().map(c -> Fold.words(c.text())).filter(w -> !w.isEmpty())
                .collect(Collectors.joining(" "));
        i += ColumnNumbers.length(cells, i, columns.size());
        return Optional.of(new Header(columns, cells.get(0).line(), cells.subList(i, cells.size()), words));
    }

    /**
     * How many cells from {@code i} make one title wrapped over paragraphs ("Cơ quan chủ" / "trì tham mưu"), the
     * longest such run of two or three; 1 when there is none.
     */
    private int wrappedTitle(List<Cell> cells, int i) {
        for (int k = Math.min(MAX_WRAPPED, cells.size() - i); k > 1; k--) {
            if (titles.written(join(cells, i, k)).isPresent()) {
                return k;
            }
        }
        return 1;
    }

    private static String join(List<Cell> cells, int from, int count) {
        return cells.subList(from, from + count).stream().map(Cell::text).collect(Collectors.joining(" "));
    }

    /** True when a title of the same role is in the header already and the new one cannot stand under a title. */
    private static boolean taken(List<Title> found, Title title) {
        boolean sameRole = false;
        for (Title f : found) {
            if (title.standsUnder(f)) {
                return false;
            }
            sameRole |= f.role() == title.role();
        }
        return sameRole && title.role() != ColumnRole.OTHER && title.role() != ColumnRole.NOTE;
    }
}
