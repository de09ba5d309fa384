package vn.kehoach.parser.validate.rule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The place-and-date line of the header is not written {@code <Địa danh>, ngày DD tháng M năm YYYY}: a day below
 * 10 or a month 1 or 2 without a leading zero, a month 3 to 12 with one ({@code tháng 08}, common in 2013
 * documents); the date in figures ({@code Hà Nội, 14/8/2013}) rather than in full; no comma after the place; an
 * abbreviated place ({@code TP. Hồ Chí Minh}, {@code TPHCM}). A draft's blank day and month ({@code ngày    tháng
 * năm 2025}) is reported as a draft instead. The date may be wrapped over lines as web extraction leaves it.
 *
 * <p>State documents only, known by their quốc hiệu: HD 36-HD/VPTW's rules for Party dates were not checked, so
 * Party documents are left alone, and so is a header without the quốc hiệu. Attached documents carry no date of
 * their own; news articles have no header.
 */
public final class IssueDateFormRule extends BaseRule {
    // NĐ 30/2020 Phụ lục I mục II.4.b: "Thời gian ban hành văn bản phải được viết đầy đủ; ... đối với những số
    // thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước"; II.4.c: "sau địa danh có dấu phẩy".
    private static final DateFinder DATES = new DateFinder();
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DAY_WORD = Pattern.compile("ngay\\s*$");
    /** Abbreviations of the kind of unit in a place name: TP., Tp, TX., TPHCM, HCM. */
    private static final Pattern ABBREVIATED = Pattern.compile(
            "(?i)(?<![\\p{L}])(" + Words.PLACE_ABBREVIATION.alternatives() + ")(?![\\p{L}])");

    public IssueDateFormRule() {
        super("ISSUE_DATE_FORM", Severity.INFO,
                "NĐ 30/2020 Phụ lục I mục II.4 (the same rules under TT 01/2011); DATE-004, DATE-005, DATE-006");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        int line = c.header().dateLine();
        if (!Regulations.stateHeader(c) || c.attached() || line == 0) {
            return;
        }
        String regulation = Regulations.applied(c);
        DateMention issued = c.header().issueDate();
        if (issued == null) {
            String excerpt = c.text().line(line).text().strip();
            out.report("draft", null, c.atLine(line), excerpt, excerpt, regulation);
            return;
        }
        // The line before holds the place when it is wrapped ("Thành phố\nHồ Chí Minh, ngày ...").
        Joined j = Joined.lines(c, line - 1, line + 2);
        int skip = line > 1 ? j.starts()[1] : 0;
        DateMention d = null;
        for (DateMention m : DATES.findAll(j.text())) {
            if (m.start() >= skip && m.day() == issued.day() && m.month() == issued.month()
                    && m.year() == issued.year()) {
                d = m;
                break;
            }
        }
        if (d == null) {
            return;
        }
        String raw = j.text().substring(d.start(), d.end());
        Matcher w = DAY_WORD.matcher(Fold.fold(j.text().substring(Math.max(0, d.start() - 12), d.start())));
        int before = w.find() ? Math.max(0, d.start() - 12) + w.start() : d.start(); // where "ngày" is
        String full = "ngày " + pad(d.day(), true) + " tháng " + pad(d.month(), d.month() <= 2) + " năm " + d.year();
        if (!Fold.fold(raw).contains("thang")) {
            out.report("full", null, j.at(c, d.start()), raw, raw, full, regulation);
        } else {
            Matcher n = DIGITS.matcher(raw);
            String day = n.find() ? n.group() : "";
            String month = n.find() ? n.group() : "";
            if (!day.equals(pad(d.day(), true)) || !month.equals(pad(d.month(), d.month() <= 2))) {
                String printed = "ngày " + raw.replaceAll("\\s+", " ");
                out.report("padding", null, j.at(c, before), printed, printed, full, regulation);
            }
        }
        String place = c.header().place();
        if (place == null || place.contains("/")) { // a symbol before the date is no place
            return;
        }
        String lead = j.text().substring(0, before).stripTrailing();
        if (!lead.endsWith(",") && squash(lead).endsWith(squash(place))) {
            out.report("comma", null, j.at(c, lead.length() - 1), place, place, regulation);
        }
        if (ABBREVIATED.matcher(place).find()) {
            int at = j.text().lastIndexOf(place, before);
            out.report("place", null, at < 0 ? c.atLine(line) : j.at(c, at), place, place, regulation);
        }
    }

    /** A day or month number as prescribed: a leading zero when {@code zero} and below 10. */
    private static String pad(int n, boolean zero) {
        return zero && n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String squash(String s) {
        return Fold.fold(s).replaceAll("\\s+", " ").strip();
    }
}
