package vn.kehoach.parser.entity;

import java.util.List;
import java.util.Optional;
import vn.kehoach.model.DocumentType;
import vn.kehoach.parser.normalize.Casing;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;

/**
 * Recognizes a news text about a plan ({@link DocumentType#ARTICLE}): no header block, but a short dated
 * line ("Thứ Tư, ngày 6 tháng 12 năm 2023") and a headline among the first lines.
 */
final class ArticleRecognizer {
    /** The date and the headline are looked for among this many first non-blank lines. */
    private static final int SCAN = 8;
    private static final int MAX_DATE_LINE_WORDS = 12;
    private static final int MIN_HEADLINE_WORDS = 5;

    private final Casing casing;
    private final DateFinder dates = new DateFinder();

    ArticleRecognizer(Casing casing) {
        this.casing = casing;
    }

    Optional<Header> recognize(NormalizedText text) {
        DateMention date = null;
        int dateLine = 0;
        String headline = null;
        int headlineLine = 0;
        int seen = 0;
        for (int i = 1; i <= text.size() && seen < SCAN; i++) {
            String t = text.line(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            List<DateMention> found = dates.findAll(t);
            if (date == null && !found.isEmpty() && LineShape.words(t) <= MAX_DATE_LINE_WORDS) {
                date = found.get(0);
                dateLine = i;
            } else if (headline == null && LineShape.words(t) >= MIN_HEADLINE_WORDS && !t.endsWith(":")) {
                headline = t;
                headlineLine = i;
            }
        }
        if (date == null || headline == null) {
            return Optional.empty();
        }
        return Optional.of(new Header(DocumentType.ARTICLE, null, Optional.empty(), 0, null, null, null, date,
                dateLine, casing.restore(headline), headlineLine, 0));
    }
}
