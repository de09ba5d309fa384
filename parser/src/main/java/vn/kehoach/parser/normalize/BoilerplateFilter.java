package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;

/**
 * Drops the lines web pages add around a document ({@code boilerplate.tsv}): whole lines such as "Đang tải
 * nội dung, vui lòng chờ giây lát...", and the reader-comment footer of news pages, from a line such as "Ý
 * kiến bạn đọc" on, when it stands in the last part of the text. Lines inside table cells are kept.
 */
final class BoilerplateFilter {
    static final BoilerplateFilter DEFAULT = new BoilerplateFilter(Vocabulary.rows("boilerplate.tsv"));
    /** A footer marker counts only in the last part of a text: after this share of its lines. */
    private static final double FOOTER_FROM = 0.5;

    private final Set<String> lines = new HashSet<>();
    private final Set<String> footers = new HashSet<>();

    BoilerplateFilter(List<String[]> rows) {
        for (String[] r : rows) {
            (r[0].strip().equals("FOOTER") ? footers : lines).add(Fold.words(r[1]));
        }
    }

    List<MappedLine> filter(List<MappedLine> in) {
        List<MappedLine> out = new ArrayList<>(in.size());
        int footerFrom = (int) (in.size() * FOOTER_FROM);
        for (int i = 0; i < in.size(); i++) {
            MappedLine l = in.get(i);
            if (l.cell() == null && !l.isBlank()) {
                String w = Fold.words(l.text());
                if (i >= footerFrom && footers.contains(w)) {
                    break; // the page's footer: comments, related news
                }
                if (lines.contains(w)) {
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }
}
