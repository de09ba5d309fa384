package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.table.HeaderTitles.Title;

/**
 * A header in PDF text, where a line may hold several titles ("TT Nội dung Cơ quan chủ trì"), a title may be
 * wrapped over two lines ("Cơ quan chủ" / "trì tham mưu") and the first row may go on in the header's last line
 * ("Thời gian hoàn thành 1 Nâng cao ..."): the words of the lines are read as a run of the longest titles of the
 * vocabulary, and the header ends at the first word that starts none. Unknown titles cannot be told from data here.
 */
final class WordHeaderReader implements HeaderReader {
    /** Lines read for the header at most. */
    private static final int MAX_CELLS = 40;
    private static final int MIN_TITLES = 3;

    private final HeaderTitles titles;

    WordHeaderReader(HeaderTitles titles) {
        this.titles = titles;
    }

    /** A word of a cell: its folded form, the cell and where it starts in the cell's text. */
    private record Word(String folded, int cell, int offset) {
    }

    @Override
    public Optional<Header> read(List<Cell> cells) {
        List<Word> words = words(cells.subList(0, Math.min(MAX_CELLS, cells.size())));
        List<String> folded = words.stream().map(Word::folded).toList();
        List<Title> found = new ArrayList<>();
        int w = 0;
        while (w < words.size() && found.size() < MAX_COLUMNS) {
            Optional<Title> t = titles.prefix(folded, w);
            if (t.isEmpty()) {
                break;
            }
            found.add(t.get());
            w += t.get().length();
        }
        List<ColumnRole> columns = SubColumns.resolve(found);
        if (found.size() < MIN_TITLES || !Header.namesTasks(columns)) {
            return Optional.empty();
        }
        List<Cell> rest = new ArrayList<>();
        if (w < words.size()) {
            Word first = words.get(w);
            Cell c = cells.get(first.cell());
            rest.add(c.withText(c.text().substring(first.offset()).strip()));
            rest.addAll(cells.subList(first.cell() + 1, cells.size()));
        } else {
            int used = words.isEmpty() ? 0 : words.get(words.size() - 1).cell() + 1;
            rest.addAll(cells.subList(used, cells.size()));
        }
        int skip = ColumnNumbers.length(rest, 0, columns.size());
        return Optional.of(new Header(columns, cells.get(0).line(), rest.subList(skip, rest.size()),
                String.join(" ", folded.subList(0, w))));
    }

    /** The words of the cells as {@link Fold#words} makes them, with where each starts. */
    private static List<Word> words(List<Cell> cells) {
        List<Word> out = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String f = Fold.fold(cells.get(c).text());
            int i = 0;
            while (i < f.length()) {
                if (!Character.isLetterOrDigit(f.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < f.length() && Character.isLetterOrDigit(f.charAt(i))) {
                    i++;
                }
                out.add(new Word(f.substring(start, i), c, start));
            }
        }
        return out;
    }
}
