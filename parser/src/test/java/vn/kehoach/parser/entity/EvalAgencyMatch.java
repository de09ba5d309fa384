package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.kehoach.parser.normalize.Fold;

/**
 * The agency comparison of {@code shared/eval/score.py}, re-implemented: {@code agency_key} (folded words, "&" read
 * "va", its ABBREV table, a leading "cac"/"cua" dropped), {@code agency_match} (same words, or Jaccard of the word
 * sets at least 0.8) and {@code agency_set_equal} (every gold agency matches a distinct predicted one, none left).
 */
final class EvalAgencyMatch {
    private static final Map<String, String> ABBREV = Map.ofEntries(Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"), Map.entry("tp", "thanh pho"), Map.entry("vp", "van phong"),
            Map.entry("tw", "trung uong"), Map.entry("cp", "chinh phu"), Map.entry("dn", "doanh nghiep"),
            Map.entry("kh", "ke hoach"), Map.entry("dt", "dau tu"), Map.entry("tt", "thong tin"),
            Map.entry("cn", "cong nghe"), Map.entry("kh&cn", "khoa hoc va cong nghe"));

    private EvalAgencyMatch() {
    }

    static List<String> key(String name) {
        String s = Fold.fold(name).replace("&", " va ").replaceAll("[^0-9a-z ]", " ");
        List<String> out = new ArrayList<>();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty()) {
                out.addAll(Arrays.asList(ABBREV.getOrDefault(w, w).split(" ")));
            }
        }
        while (!out.isEmpty() && (out.get(0).equals("cac") || out.get(0).equals("cua"))) {
            out.remove(0);
        }
        return out;
    }

    static boolean match(String a, String b) {
        List<String> ta = key(a);
        List<String> tb = key(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (ta.equals(tb)) {
            return true;
        }
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        Set<String> both = new HashSet<>(ta);
        both.retainAll(new HashSet<>(tb));
        return both.size() / (double) union.size() >= 0.8;
    }

    static boolean setEqual(List<String> gold, List<String> predicted) {
        List<String> pool = new ArrayList<>(predicted);
        for (String g : gold) {
            int hit = -1;
            for (int i = 0; i < pool.size() && hit < 0; i++) {
                if (match(g, pool.get(i))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                return false;
            }
            pool.remove(hit);
        }
        return pool.isEmpty();
    }
}
