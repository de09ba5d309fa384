package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.Passage;
import vn.kehoach.parser.outline.HeadingMarker;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;

/**
 * Reads the legal bases of the preamble: every document cited in "Căn cứ ..." and "Thực hiện ..." clauses,
 * one entry per document also when one paragraph cites several ("Căn cứ Luật ...; Nghị định số ...;"),
 * with its type, number, date, issuer and title. A document cited inside another's title ("sửa đổi ... của
 * Nghị định số 101/2017/NĐ-CP") is not a basis of its own.
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class LegalBasisRecognizer {
    private static final Pattern CLAUSE_START = Pattern.compile(
            "^(?:can cu|thuc hien|tren co so|theo|xet|va|dong thoi)\\b\\s*[:,]?\\s*");
    private static final Pattern ISSUER_END = Pattern.compile(
            "\\s(?:ve viec|ve|ban hanh|phe duyet|quy dinh|huong dan|sua doi|trien khai|thuc hien)\\b|[,;:\"\u201c(]");
    private static final Pattern NEXT_CITATION = Pattern.compile("^\\s*(?:,|va)\\s*");
    private static final Pattern NEXT_SEPARATOR = Pattern.compile("\\s*(?:,|\\bva\\b)\\s*");

    private static final Pattern NUMBER_WORD = Pattern.compile("\\s*(?:so\\s*:?)?\\s*");
    private static final Pattern OF = Pattern.compile("^\\s*,?\\s*cua\\s+");

    private final List<String> typeNames;
    private final java.util.Set<String> citedByName;
    private final SymbolParser symbols;
    private final DateFinder dates = new DateFinder();
    /** How far before a date "hiệu lực" makes it a date of effect. */
    private static final int EFFECT_REACH = 40;

    public LegalBasisRecognizer() {
        this(Vocabulary.rows("citation-types.txt"), new SymbolParser());
    }

    LegalBasisRecognizer(List<String[]> types, SymbolParser symbols) {
        this.citedByName = types.stream().filter(r -> r.length > 1 && r[1].strip().equals("by-name"))
                .map(r -> r[0].strip()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        List<String> sorted = new ArrayList<>(types.stream().map(r -> r[0].strip()).toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.typeNames = List.copyOf(sorted);
        this.symbols = symbols;
    }

    /** The bases cited between the title and the first heading (or "QUYẾT ĐỊNH:"). */
    public List<LegalBasis> recognize(NormalizedText text, Layout layout) {
        Passage p = Passage.of(preamble(text, layout));
        List<LegalBasis> out = new ArrayList<>();
        for (int[] clause : clauses(p)) {
            readClause(p, clause[0], clause[1], out);
        }
        return out;
    }

    /** The preamble lines: from the body start to the first heading, "QUYẾT ĐỊNH:" or the closing. */
    public static List<NormalizedText.Line> preamble(NormalizedText text, Layout layout) {
        List<NormalizedText.Line> lines = new ArrayList<>();
        int end = Math.min(layout.closingStart(), layout.appendixStart());
        for (int i = Math.max(1, layout.bodyStart()); i < end; i++) {
            String t = text.line(i).text().strip();
            if (HeadingMarker.match(t).isPresent()
                    || Fold.words(t).matches("(quyet dinh|quyet nghi|chi thi|ket luan)") && t.endsWith(":")) {
                break;
            }
            if (!LineShape.isSeparator(t)) {
                lines.add(text.line(i));
            }
        }
        return lines;
    }

    /** Clause bounds: split at ';', at the start of a sentence, and before every capitalized "Căn cứ", "Thực hiện", "Trên cơ sở". */
    private static List<int[]> clauses(Passage p) {
        List<int[]> out = new ArrayList<>();
        String f = p.folded();
        String t = p.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            boolean cut = i == t.length() || t.charAt(i) == ';';
            boolean opener = i > start && (f.startsWith("can cu ", i) && t.charAt(i) == 'C'
                    || f.startsWith("thuc hien ", i) && t.charAt(i) == 'T'
                    || f.startsWith("tren co so ", i) && t.charAt(i) == 'T'
                    || i >= 2 && t.charAt(i - 2) == '.' && t.charAt(i - 1) == ' ' && Character.isUpperCase(t.charAt(i)));
            if (cut || opener) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = cut ? i + 1 : i;
            }
        }
        return out;
    }

    private void readClause(Passage p, int from, int to, List<LegalBasis> out) {
        String f = p.folded();
        int at = skipSpaces(f, from, to);
        Matcher lead = CLAUSE_START.matcher(f).region(at, to);
        if (lead.lookingAt()) {
            at = lead.end();
        }
        int clauseStart = at;
        while (at < to) {
            Optional<String> type = typeAt(f, at);
            if (type.isEmpty()) {
                return;
            }
            Citation c = citation(p, at, to, type.get());
            if (c == null) {
                return;
            }
            out.add(new LegalBasis(p.slice(clauseStart, to), c.type, c.number, c.date, c.issuer, c.title,
                    p.sourceLineAt(at)));
            // Another document cited in the same clause: ", Quyết định số ..." or "và Nghị quyết số ...".
            Matcher next = NEXT_CITATION.matcher(f).region(c.symbolEnd, to);
            if (!next.lookingAt()) {
                return;
            }
            at = next.end();
        }
    }

    private record Citation(String type, String number, java.time.LocalDate date, String issuer, String title,
            int symbolEnd) {
    }

    private Optional<String> typeAt(String folded, int at) {
        for (String name : typeNames) {
            String fn = Fold.fold(name);
            if (folded.startsWith(fn, at) && (at + fn.length() >= folded.length()
                    || !Character.isLetter(folded.charAt(at + fn.length())))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private Citation citation(Passage p, int at, int to, String type) {
        String f = p.folded();
        String t = p.text();
        int i = at + type.length();
        Optional<SymbolParser.Found> sym = numberAfter(p, i, to);
        String number = sym.map(SymbolParser.Found::text).orElse(null);
        if (number == null && !citedByName.contains(type)) {
            return null; // "Căn cứ Kế hoạch ... của ..." without a number is not a citation we can key
        }
        int pos = sym.map(SymbolParser.Found::end).orElse(i);
        java.time.LocalDate date = null;
        if (number != null) {
            Optional<DateMention> d = dates.atStart(t.substring(pos, to));
            if (d.isPresent()) {
                date = d.get().date().orElse(null);
                pos = pos + d.get().end();
            }
        } else {
            // Cited by name: "Luật Cán bộ, công chức ngày 13/11/2008", up to its date or the next citation
            // ("Luật Hộ tịch năm 2014, Nghị định số ...").
            int nameEnd = nextCitation(p, i, to);
            String tail = t.substring(i, nameEnd);
            DateMention first = null;
            for (DateMention d : dates.findAll(tail)) {
                // "Luật Dữ liệu số 60/2024/QH15, có hiệu lực thi hành từ ngày 01/7/2025": a date of effect, not of issue
                String before = Fold.fold(tail.substring(Math.max(0, d.start() - EFFECT_REACH), d.start()));
                if (!before.contains("hieu luc")) {
                    first = d;
                    break;
                }
            }
            int effect = Fold.fold(tail).indexOf("hieu luc");
            String name = first != null ? tail.substring(0, first.start())
                    : effect >= 0 ? tail.substring(0, effect).replaceAll("(?iu)\\s*có\\s*$", "") : tail;
            name = name.replaceAll("(?i)\\s*(ngày|ngay)\\s*$", "").replaceAll("[\\s,;.]+$", "").strip();
            date = first == null ? null : first.date().orElse(null);
            return new Citation(type, null, date, null, name.isEmpty() ? null : type + " " + name,
                    first == null ? nameEnd : i + first.end());
        }
        int citationEnd = nextCitation(p, pos, to);
        String rest = t.substring(pos, citationEnd);
        String issuer = null;
        String title = null;
        String rf = Fold.fold(rest);
        Matcher cua = OF.matcher(rf);
        int titleFrom = 0;
        if (cua.find()) {
            Matcher issuerEnd = ISSUER_END.matcher(rf);
            int stop = issuerEnd.find(cua.end()) ? issuerEnd.start() : rf.length();
            issuer = rest.substring(cua.end(), stop).strip();
            titleFrom = stop;
        }
        title = rest.substring(titleFrom).replaceAll("^[\\s,]+|[\\s,.;]+$", "");
        return new Citation(type, number, date, issuer == null || issuer.isEmpty() ? null : issuer,
                title.isEmpty() ? null : title, citationEnd);
    }

    /**
     * Where the next citation in the clause begins, or {@code to}: after a comma or "và", a type name with a
     * number ("và Quyết định số 101/QĐ-TTg"), or after a comma a law cited by name (", Luật Đầu tư công"). A
     * document named after "của" or "theo" belongs to the title ("sửa đổi ... của Nghị định số ...").
     */
    private int nextCitation(Passage p, int from, int to) {
        String f = p.folded();
        Matcher sep = NEXT_SEPARATOR.matcher(f).region(from, to);
        while (sep.find()) {
            Optional<String> type = typeAt(f, sep.end());
            if (type.isEmpty()) {
                continue;
            }
            if (citedByName.contains(type.get())) {
                if (f.charAt(sep.start() + (sep.group().length() - sep.group().stripLeading().length())) == ',') {
                    return sep.start();
                }
            } else if (numberAfter(p, sep.end() + type.get().length(), to).isPresent()) {
                return sep.start();
            }
        }
        return to;
    }

    /** The symbol right after a type name, past an optional "số". */
    private Optional<SymbolParser.Found> numberAfter(Passage p, int i, int to) {
        Matcher so = NUMBER_WORD.matcher(p.folded()).region(i, to);
        int afterSo = so.lookingAt() ? so.end() : i;
        return symbols.find(p.text().substring(0, to), afterSo, false).filter(s -> s.start() == afterSo);
    }

    private static int skipSpaces(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }
}
