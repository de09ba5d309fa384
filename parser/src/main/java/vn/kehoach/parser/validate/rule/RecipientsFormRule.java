package vn.kehoach.parser.validate.rule;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.outline.ClosingMarks;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.Position;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The last item of "Nơi nhận" is not the filing line {@code Lưu: VT, <drafting unit>}: there is none, it is not
 * the last item, or it lacks the colon or VT (the clerical office) — {@code Lưu VP1, VP8, SNV.}. "Văn thư"
 * written out counts as VT; the order of the units after it is not checked.
 *
 * <p>State documents only, known by their quốc hiệu: Party documents file under their own convention ("Lưu Văn
 * phòng Tỉnh ủy", HD 36-HD/VPTW), which was not checked. A document without "Nơi nhận" is RECIPIENTS_MISSING's;
 * attached documents and news articles have none.
 */
public final class RecipientsFormRule extends BaseRule {
    // NĐ 30/2020 Phụ lục I mục II.9.d: "dòng cuối cùng bao gồm chữ "Lưu" sau có dấu hai chấm (:), tiếp theo là
    // chữ viết tắt "VT", dấu phẩy (,), chữ viết tắt tên đơn vị (hoặc bộ phận) soạn thảo văn bản".
    /** On a folded item: "Lưu" opening it, or a part after ';' ("Như trên; - Lưu: VT"); not "Lưu trữ", "Lưu ý". */
    private static final Pattern FILING = Pattern.compile(
            "(?:^|;\\s*-?\\s*)(" + Words.FILING.alternatives() + ")(?![a-z])(?!\\s+" + Words.NOT_FILING.alternatives()
                    + "\\b)(\\s*)(:?)");
    private static final Pattern CLERK = Pattern.compile("(?<![a-z])(" + Words.CLERK.alternatives() + ")(?![a-z])");
    private static final Pattern FILING_LINE = Pattern.compile("^[-+•]?\\s*" + Words.FILING.alternatives()
            + "(?![a-z])(?!\\s+" + Words.NOT_FILING.alternatives() + "\\b).*");

    public RecipientsFormRule() {
        super("RECIPIENTS_FORM", Severity.INFO,
                "NĐ 30/2020 Phụ lục I mục II.9.d (the same filing line under TT 01/2011); RCP-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        List<String> items = c.plan().document().recipients();
        if (!Regulations.stateHeader(c) || c.attached() || items.isEmpty()) {
            return;
        }
        String regulation = Regulations.applied(c);
        int filed = -1;
        Matcher m = null;
        for (int i = items.size() - 1; i >= 0 && filed < 0; i--) {
            Matcher f = FILING.matcher(Fold.fold(items.get(i)));
            if (f.find()) {
                filed = i;
                m = f;
            }
        }
        int line = filingLine(c);
        Position at = line > 0 ? c.atLine(line) : heading(c);
        String item;
        if (filed >= 0) {
            item = items.get(filed);
            if (filed < items.size() - 1) {
                String filing = item.substring(m.start(1)).strip();
                out.report("notLast", null, at, filing, filing, regulation);
            }
        } else if (line > 0) {
            // The list was cut short before it (a blank line, then "Lưu: VT" without its dash): read the line.
            item = c.text().line(line).text().strip().replaceFirst("^[-+•]\\s*", "");
            m = FILING.matcher(Fold.fold(item));
            if (!m.find()) {
                return;
            }
        } else {
            out.report("missing", null, heading(c), null, regulation);
            return;
        }
        String filing = item.substring(m.start(1)).strip().replaceAll("[;.,\\s]+$", "");
        boolean colon = !m.group(3).isEmpty();
        if (!colon || !CLERK.matcher(Fold.fold(item.substring(m.end()))).find()) {
            out.report(at, filing, filing, regulation);
        }
    }

    /** The "Nơi nhận" line, the last one before the appendices. */
    private static Position heading(RuleContext c) {
        for (int n = Math.min(c.text().size(), c.layout().appendixStart() - 1); n >= 1; n--) {
            if (ClosingMarks.isRecipientsHeading(c.text().line(n).text())) {
                return c.atLine(n);
            }
        }
        return Position.DOCUMENT;
    }

    /** The line of the last filing item of the closing, or 0. */
    private static int filingLine(RuleContext c) {
        int from = Math.max(1, Math.max(c.layout().bodyStart(), c.layout().closingStart()));
        for (int n = Math.min(c.text().size(), c.layout().appendixStart() - 1); n >= from; n--) {
            if (FILING_LINE.matcher(Fold.fold(c.text().line(n).text().strip())).matches()) {
                return n;
            }
        }
        return 0;
    }
}
