package vn.kehoach.parser.validate.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoach.model.DocumentSymbol;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.entity.SymbolParser;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * An attachment caption after the body names the document it goes with by a number or date that is not the
 * document's own: "(Kèm theo Kế hoạch số 56/KH-UBND ngày 14/8/2013 ...)" in Kế hoạch số 55/KH-UBND (NĐ 30/2020
 * Phụ lục I mục III.1.c, Phụ lục III mẫu 2.1). A caption is compared with the header of the same type only: in
 * a Quyết định that issues a plan, "(Ban hành kèm theo Quyết định số ...)" under the plan's title and the plan's
 * appendices "kèm theo Quyết định số ..." are the decision's, while a caption naming the plan ("Kèm theo Kế
 * hoạch số ...") has no header to be compared with. A document attached to a decision is compared with the
 * decision its own caption names.
 *
 * <p>Not compared: a blank number or date on either side (a draft), a caption naming a second document ("...,
 * được sửa đổi tại Quyết định số ..."), table cells, and anything after a second "Số: ..." header (another
 * document printed in the same file).
 */
public final class AppendixRefMismatchRule extends BaseRule {
    private static final Pattern NUMBER_LINE = Pattern.compile("^so\\s*:?\\s*\\d.*");
    /** How far below the type name a plan attached to a decision prints its caption. */
    private static final int ATTACHED_CAPTION_LINES = 12;
    private static final SymbolParser SYMBOLS = new SymbolParser();

    public AppendixRefMismatchRule() {
        super("APPENDIX_REF_MISMATCH", Severity.WARNING,
                "NĐ 30/2020 Phụ lục I mục III.1.c, Phụ lục III mẫu 2.1; DATE-010");
    }

    /** What a document is known by: its type name, number and date; null where not read. */
    private record Self(String type, SymbolParser.Found number, LocalDate date) {
    }

    @Override
    public void check(RuleContext c, Findings out) {
        if (!c.formal()) {
            return;
        }
        List<Self> selves = selves(c);
        if (selves.isEmpty()) {
            return;
        }
        int from = Math.max(1, Math.min(c.layout().closingStart(), c.layout().appendixStart()));
        for (int i = from; i <= c.text().size(); i++) {
            var line = c.text().line(i);
            if (line.cell() != null || BodyLines.inTable(c.text(), i)) {
                continue;
            }
            if (anotherDocument(c, line.text())) {
                return;
            }
            Optional<AttachmentCaptions.Caption> found = AttachmentCaptions.at(c, i);
            if (found.isEmpty() || found.get().others() > 0) {
                continue;
            }
            AttachmentCaptions.Caption caption = found.get();
            List<Self> same = selves.stream().filter(s -> Checks.sameType(s.type(), caption.type())).toList();
            if (same.size() != 1) {
                continue; // a plan's own caption in a decision file, or no header of that type
            }
            compare(c, out, caption, same.get(0));
        }
    }

    private static void compare(RuleContext c, Findings out, AttachmentCaptions.Caption caption, Self self) {
        if (caption.number() != null && self.number() != null
                && !sameSymbol(caption.number().symbol(), self.number().symbol())) {
            String named = caption.number().text();
            out.report("number", null, caption.where().at(c, caption.numberAt()), named, caption.type(), named,
                    self.number().text());
        }
        if (caption.date() != null && self.date() != null) {
            Optional<LocalDate> date = caption.date().date();
            if (date.isPresent() && !date.get().equals(self.date())) {
                String named = caption.where().text().substring(caption.dateAt(),
                        caption.dateAt() + caption.date().end() - caption.date().start());
                out.report("date", null, caption.where().at(c, caption.dateAt()), named, caption.type(),
                        Checks.date(date.get()), Checks.date(self.date()));
            }
        }
    }

    /** The header, and the decision a document attached to one names in its caption. */
    private static List<Self> selves(RuleContext c) {
        List<Self> out = new ArrayList<>();
        String type = c.plan().document().typeName();
        if (type != null && !c.attached()) {
            SymbolParser.Found number = c.header().number()
                    .filter(n -> n.symbol().number() != null).orElse(null);
            if (number != null || c.issued() != null) {
                out.add(new Self(type, number, c.issued()));
            }
        }
        if (c.attached()) {
            int typeLine = Math.max(1, c.layout().typeLine());
            for (int i = typeLine; i <= Math.min(c.text().size(), typeLine + ATTACHED_CAPTION_LINES); i++) {
                Optional<AttachmentCaptions.Caption> own = AttachmentCaptions.at(c, i);
                if (own.isPresent()) {
                    AttachmentCaptions.Caption cap = own.get();
                    if (cap.others() == 0 && (cap.number() != null || cap.date() != null)) {
                        out.add(new Self(cap.type(), cap.number(),
                                cap.date() == null ? null : cap.date().date().orElse(null)));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** A "Số: ..." line of another number: a second document printed after this one. */
    private static boolean anotherDocument(RuleContext c, String line) {
        String f = Fold.fold(line.strip());
        if (!NUMBER_LINE.matcher(f).matches()) {
            return false;
        }
        Optional<SymbolParser.Found> other = SYMBOLS.find(line, 0, false);
        Optional<SymbolParser.Found> own = c.header().number();
        return other.isPresent() && (own.isEmpty() || !sameSymbol(other.get().symbol(), own.get().symbol()));
    }

    /** Number (leading zeros aside), year, type code and issuer, compared without diacritics and case. */
    static boolean sameSymbol(DocumentSymbol a, DocumentSymbol b) {
        return Objects.equals(number(a.number()), number(b.number())) && Objects.equals(a.year(), b.year())
                && Objects.equals(code(a.typeCode()), code(b.typeCode()))
                && Objects.equals(code(a.issuerCode()), code(b.issuerCode()));
    }

    private static String number(String n) {
        return n == null ? null : Fold.fold(n).replaceFirst("^0+(?=\\d)", "");
    }

    private static String code(String s) {
        return s == null ? null : Fold.fold(s).replaceAll("\\s+", "");
    }
}
