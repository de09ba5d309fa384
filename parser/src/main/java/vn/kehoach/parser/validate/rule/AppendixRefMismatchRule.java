package vn.kehoach.parser.validate.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Agency;
import vn.kehoach.model.DocumentSymbol;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.entity.SymbolParser;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
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
 * <p>Not compared, as the caption may well be another document's: a caption naming a second document ("...,
 * được sửa đổi tại Quyết định số ..."), or an issuer code other than the header's ("Kế hoạch số 12/KH-UBND" in a
 * plan of a department, numbered "/KH-SNV"), or a level of government the issuer is not ("của UBND tỉnh" in a
 * district's plan, which may reproduce the province's forms), or a year other than the document's
 * ("35/2019/QĐ-UBND" in a decision of 2025), or a caption under a form ("Mẫu số 01"), which is often reproduced
 * with the caption of the document that set it; anything after a second "Số: ..." header (another
 * document printed in the same file); table cells; documents whose title amends another ("Sửa đổi, bổ sung ...",
 * which restate its appendices) and headers whose number is not of their type (the "Số: 05/VBHN-UBND" of a
 * consolidated text, whose captions keep the consolidated decision's number and date). A blank number or date on
 * either side (a draft) is not compared.
 */
public final class AppendixRefMismatchRule extends BaseRule {
    private static final Pattern NUMBER_LINE = Pattern.compile("^so\\s*:?\\s*\\d.*");
    /** How far below the type name a plan attached to a decision prints its caption. */
    private static final int ATTACHED_CAPTION_LINES = 12;
    private static final SymbolParser SYMBOLS = new SymbolParser();
    /** A form's heading: "Mẫu số 01", "Mẫu 02", "MẪU PHIẾU ..." (folded). */
    private static final Pattern FORM = Pattern.compile(ReferenceWords.alternatives("model") + "(?![\\p{L}\\d])");
    /** How many lines above a caption its heading may stand. */
    private static final int FORM_REACH_LINES = 3;
    /** "của": whose document the caption says it is follows it. */
    private static final Pattern OF = ReferenceWords.OF;
    /** The levels of government ({@code place-levels.tsv}): "tỉnh", "huyện", "thành phố", ... */
    private static final Pattern LEVELS = levels();

    public AppendixRefMismatchRule() {
        super("APPENDIX_REF_MISMATCH", Severity.WARNING,
                "NĐ 30/2020 Phụ lục I mục III.1.c, Phụ lục III mẫu 2.1; DATE-010");
    }

    private static Pattern levels() {
        List<String> words = new ArrayList<>();
        for (String[] row : Vocabulary.rows("place-levels.tsv")) {
            if (row.length == 1 || row[1].isBlank()) {
                words.add(String.join("\\s+", Fold.words(row[0]).split(" ")));
            }
        }
        words.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", words) + ")(?![\\p{L}\\d])");
    }

    /** What a document is known by: its type name, number and date; null where not read. */
    private record Self(String type, SymbolParser.Found number, LocalDate date) {
    }

    @Override
    public void check(RuleContext c, Findings out) {
        String title = c.plan().document().title();
        if (!c.formal() || title != null && ReferenceWords.AMENDS.matcher(Fold.fold(title)).find()) {
            return;
        }
        List<Self> selves = selves(c);
        if (selves.isEmpty()) {
            return;
        }
        int from = Math.max(1, Math.min(c.layout().closingStart(), c.layout().appendixStart()));
        BitSet table = BodyLines.tableLines(c.text());
        for (int i = from; i <= c.text().size(); i++) {
            var line = c.text().line(i);
            if (table.get(i)) {
                continue;
            }
            if (anotherDocument(c, line.text())) {
                return;
            }
            Optional<AttachmentCaptions.Caption> found = AttachmentCaptions.at(c, i);
            if (found.isEmpty() || found.get().others() > 0 || otherLevel(c, found.get().text())
                    || underForm(c, i)) {
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
                && !sameIssuer(caption.number().symbol(), self.number().symbol())) {
            return; // "12/KH-UBND" in a plan numbered "45/KH-SNV": the province's plan, not this one
        }
        Integer year = caption.number() == null ? null : caption.number().symbol().year();
        if (year != null && self.date() != null && year != self.date().getYear()) {
            return; // "35/2019/QĐ-UBND" in a decision of 2025: the regulation whose form is reproduced
        }
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
        if (type != null && !c.attached() && fitsType(c, type)) {
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

    /**
     * The header's number is of its type, or has no type code: a consolidated text's "Số: 05/VBHN-UBND" above
     * "QUYẾT ĐỊNH" numbers the consolidation, not the decision its captions name.
     */
    private static boolean fitsType(RuleContext c, String type) {
        String code = c.header().number().map(n -> n.symbol().typeCode()).orElse(null);
        if (code == null) {
            return true;
        }
        List<String> accepted = TypeCodes.DEFAULT.of(type).map(r -> r.accepted(c.family(), c.regime()))
                .orElse(List.of());
        return accepted.isEmpty() || TypeCodes.fits(code, accepted)
                || TypeCodes.DEFAULT.obsolete(code).flatMap(r -> TypeCodes.DEFAULT.of(type).filter(r::equals))
                        .isPresent();
    }

    /**
     * The caption says whose it is ("của UBND tỉnh") with a level of government that neither the header's issuer
     * nor the body above it names: a district's plan reproducing the province's form.
     */
    private static boolean otherLevel(RuleContext c, String caption) {
        String f = Fold.fold(caption);
        Matcher of = OF.matcher(f);
        if (!of.find()) {
            return false;
        }
        StringBuilder issuers = new StringBuilder();
        for (Agency a : new Agency[] {c.plan().document().issuer(), c.header().parentIssuer()}) {
            if (a != null) {
                issuers.append(' ').append(Fold.words(a.name()));
            }
        }
        String header = issuers.append(' ').toString();
        if (header.isBlank()) {
            return false;
        }
        Matcher level = LEVELS.matcher(f.substring(of.end()));
        while (level.find()) {
            if (!header.contains(" " + Fold.words(level.group()) + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The caption stands under a form ("Mẫu số 01", "MẪU BÁO CÁO"): a form is often reproduced with the caption of
     * the document that set it.
     */
    private static boolean underForm(RuleContext c, int line) {
        int seen = 0;
        for (int i = line - 1; i >= 1 && seen < FORM_REACH_LINES; i--) {
            String t = c.text().line(i).text().strip();
            if (t.isEmpty() || LineShape.isSeparator(t)) {
                continue;
            }
            seen++;
            if (FORM.matcher(Fold.fold(t)).lookingAt()) {
                return true;
            }
        }
        return false;
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

    /**
     * The same number and symbol: the number without leading zeros, the year, and the codes compared as letters
     * and digits only, without diacritics and case ("1961/QĐ-UBND" is "1961/QDUBND" as a PDF may print it).
     */
    static boolean sameSymbol(DocumentSymbol a, DocumentSymbol b) {
        return key(a).equals(key(b));
    }

    /** The same issuer code, or one side without any ("55/KH": a slip in the number, not another issuer's). */
    private static boolean sameIssuer(DocumentSymbol a, DocumentSymbol b) {
        if (a.issuerCode() == null || b.issuerCode() == null) {
            return true;
        }
        return Fold.fold(a.issuerCode()).replaceAll("[^a-z0-9]", "")
                .equals(Fold.fold(b.issuerCode()).replaceAll("[^a-z0-9]", ""));
    }

    private static String key(DocumentSymbol s) {
        String number = s.number() == null ? "" : Fold.fold(s.number()).replaceFirst("^0+(?=\\d)", "");
        String codes = Objects.toString(s.typeCode(), "") + Objects.toString(s.issuerCode(), "");
        return number + "/" + Objects.toString(s.year(), "") + "/" + Fold.fold(codes).replaceAll("[^a-z0-9]", "");
    }
}
