package vn.kehoach.parser.table;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.table.HeaderTitles.Title;

/**
 * A two-row header flattened to one run of titles: "TT | Nội dung | Cơ quan thực hiện | Thời gian | Chủ trì | Phối
 * hợp" is the first row with "Cơ quan thực hiện" standing over the second row's "Chủ trì" and "Phối hợp". The
 * second row starts at the first title after the last umbrella title that can stand under one of them; each
 * umbrella then takes the run of sub-titles that can stand under it (two at least, one of them of its own role).
 * When the titles do not divide so, they are one row.
 */
final class SubColumns {
    private SubColumns() {
    }

    static List<ColumnRole> resolve(List<Title> titles) {
        List<ColumnRole> flat = titles.stream().map(Title::role).toList();
        int lastOver = -1;
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).over()) {
                lastOver = i;
            }
        }
        int second = -1;
        for (int i = lastOver + 1; lastOver >= 0 && i < titles.size() && second < 0; i++) {
            for (int u = 0; u <= lastOver; u++) {
                if (titles.get(i).standsUnder(titles.get(u))) {
                    second = i;
                    break;
                }
            }
        }
        if (second < 0) {
            return flat;
        }
        List<Title> subs = titles.subList(second, titles.size());
        List<ColumnRole> out = new ArrayList<>();
        int s = 0;
        for (Title t : titles.subList(0, second)) {
            int e = s;
            boolean own = false;
            while (t.over() && e < subs.size() && subs.get(e).standsUnder(t)) {
                own |= subs.get(e).role() == t.role();
                e++;
            }
            if (e - s >= 2 && own) {
                subs.subList(s, e).forEach(x -> out.add(x.role()));
                s = e;
            } else {
                out.add(t.role());
            }
        }
        return s == subs.size() ? out : flat;
    }
}
