package vn.kehoach.parser.entity;

import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Period;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.Passage;
import vn.kehoach.parser.time.PeriodFinder;

/**
 * The plan period: from the title ("giai đoạn 2013 - 2015", or a single plan year "năm 2025"); else from
 * the sentence of the preamble that issues the plan ("... ban hành Kế hoạch ... giai đoạn 2013-2015, như
 * sau:"), not from the periods of the documents it cites.
 */
public final class PeriodRecognizer {
    private final PeriodFinder finder = new PeriodFinder();

    public Optional<Period> recognize(String title, List<NormalizedText.Line> preamble) {
        if (title != null) {
            Optional<Period> p = finder.rangeOrYear(title);
            if (p.isPresent()) {
                return p;
            }
        }
        Passage p = Passage.of(preamble);
        String f = p.folded();
        int end = f.lastIndexOf("nhu sau");
        if (end < 0) {
            return Optional.empty();
        }
        int clause = Math.max(f.lastIndexOf(';', end), 0);
        int named = -1;
        for (String word : new String[] {"ke hoach", "de an", "chuong trinh"}) {
            named = Math.max(named, f.lastIndexOf(word, end));
        }
        if (named < clause) {
            return Optional.empty(); // the issuing sentence names no plan
        }
        return finder.range(p.text().substring(named, end));
    }
}
