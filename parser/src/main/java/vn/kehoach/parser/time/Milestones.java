package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.normalize.Fold;

/**
 * Several times in one deadline cell as labelled milestones: "Quý I/2014 thực hiện thí điểm Quý I/2015 thực hiện
 * tất cả các đơn vị", "Năm 2022; Năm 2026: Sửa đổi, cập nhật ...", "Đợt 1: tháng 5/2024; Đợt 2: tháng 9/2024".
 *
 * <p>Stateless.
 */
final class Milestones {
    private Milestones() {
    }

    /**
     * Milestones, each labelled by the words that follow it up to the next ("Quý I/2014 thực hiện thí điểm"), or,
     * when the phrase starts with words, by the words before it ("Đợt 1: tháng 5/2024; Đợt 2: tháng 9/2024").
     */
    static Expr of(List<Item> items, Lexemes lx) {
        String text = lx.text();
        int n = items.size();
        String[] gaps = new String[n + 1];
        gaps[0] = text.substring(0, lx.start(items.get(0).first()));
        for (int k = 1; k < n; k++) {
            gaps[k] = text.substring(lx.end(items.get(k - 1).next()), lx.start(items.get(k).first()));
        }
        gaps[n] = text.substring(lx.end(items.get(n - 1).next()));
        boolean before = hasLetter(gaps[0]);
        List<Expr.Milestone> milestones = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Item it = items.get(k);
            String label = it.label() != null ? it.label()
                    : before ? clean(afterLast(gaps[k], ';')) : clean(beforeFirst(gaps[k + 1], ';'));
            milestones.add(new Expr.Milestone(it.expr(), lx.start(it.first()), lx.end(it.next()), label));
        }
        return new Expr.Several(milestones);
    }

    private static String afterLast(String s, char c) {
        return s.substring(s.lastIndexOf(c) + 1);
    }

    private static String beforeFirst(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? s : s.substring(0, i);
    }

    /** A label without the signs and joining words around it; null when no letter is left. */
    static String clean(String s) {
        String t = trim(s);
        String f = Fold.fold(t);
        if (f.equals("va") || f.equals("hoac")) {
            return null;
        }
        if (f.startsWith("va ") || f.startsWith("hoac ")) {
            t = trim(t.substring(f.indexOf(' ') + 1));
        }
        if (t.startsWith("(") && t.endsWith(")") && t.indexOf('(', 1) < 0 && t.indexOf(')') == t.length() - 1) {
            t = trim(t.substring(1, t.length() - 1));
        }
        return hasLetterOrDigit(t) ? t : null;
    }

    /** Without signs at either end, nor a bracket that closes before or opens after the label. */
    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && " ,;:.-+*)".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && " ,;:.-+*(".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
