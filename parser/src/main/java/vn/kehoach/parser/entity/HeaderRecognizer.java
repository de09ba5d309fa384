package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Agency;
import vn.kehoach.model.AgencyKind;
import vn.kehoach.model.DocumentType;
import vn.kehoach.parser.normalize.Casing;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;
import vn.kehoach.parser.normalize.Passage;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;

/**
 * Reads the header block above the type name: issuer (and parent body), national motto, number and symbol,
 * place and date; and the title below the type name. The block may come as separate lines, as interleaved
 * columns, or as table cells; names and dates may be wrapped over several lines. A text with no header but
 * a dated headline is a news article ({@link DocumentType#ARTICLE}).
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class HeaderRecognizer {
    private static final Pattern MOTTO = Pattern.compile("cong\\s*hoa\\s+xa\\s+hoi\\s+chu\\s+nghia\\s+viet\\s+nam");
    private static final Pattern MOTTO_2 = Pattern.compile("doc\\s*lap\\s*[-,]?\\s*tu\\s*do\\s*[-,]?\\s*hanh\\s*phuc");
    private static final Pattern PARTY = Pattern.compile("dang\\s+cong\\s+san\\s+viet\\s+nam");
    private static final Pattern NUMBER = Pattern.compile("\\bso\\s*:\\s*|\\bso\\s+(?=\\d)");
    private static final Pattern DATE_WORD = Pattern.compile(",?\\s*ngay\\s*$");
    private static final Pattern BLANK_DATE = Pattern.compile(",\\s*ngay[\\s.…_]*thang[\\s.…_]*nam\\s*(\\d{4})?");
    private static final int NO_TYPE_HEADER_LINES = 25;
    /** Without a type name, a line this long is running text and ends the header. */
    private static final int RUNNING_TEXT_WORDS = 20;

    private static final java.util.Set<String> HEADER_MARKS = java.util.Set.copyOf(
            vn.kehoach.parser.Vocabulary.words("header-marks.txt"));

    private final SymbolParser symbols;
    private final AgencyResolver agencies;
    private final Casing casing;
    private final DateFinder dates = new DateFinder();
    private final ArticleRecognizer articles;

    public HeaderRecognizer() {
        this(new SymbolParser(), AgencyResolver.DEFAULT, Casing.DEFAULT);
    }

    HeaderRecognizer(SymbolParser symbols, AgencyResolver agencies, Casing casing) {
        this.symbols = symbols;
        this.agencies = agencies;
        this.casing = casing;
        this.articles = new ArticleRecognizer(casing);
    }

    private record Span(int start, int end) {
    }

    public Header recognize(NormalizedText text, Layout layout) {
        List<Line> zone = zone(text, layout);
        Passage p = Passage.of(zone);
        String f = p.folded();

        List<Span> mottos = new ArrayList<>();
        int mottoLine = 0;
        for (Pattern pat : List.of(MOTTO, MOTTO_2, PARTY)) {
            Matcher m = pat.matcher(f);
            if (m.find()) {
                mottos.add(new Span(m.start(), m.end()));
                if (pat != MOTTO_2 && mottoLine == 0) {
                    mottoLine = p.lineAt(m.start());
                }
            }
        }
        Optional<SymbolParser.Found> number = Optional.empty();
        Span numberSpan = null;
        Matcher nm = NUMBER.matcher(f);
        while (nm.find()) {
            if (!f.startsWith("so", nm.start()) || nm.start() != p.lineStart(nm.start()) && !nm.group().contains(":")) {
                continue; // "Nghị quyết số 18-NQ/TW" in a sentence is a citation; the number line opens with "Số"
            }
            Optional<SymbolParser.Found> found = symbols.find(p.text(), nm.end(), true)
                    .filter(s -> s.start() <= nm.end() + 3);
            if (found.isPresent()) {
                number = found;
                numberSpan = new Span(nm.start(), found.get().end());
                break;
            }
        }
        DateMention date = null;
        Span dateSpan = null;
        for (DateMention d : dates.findAll(p.text())) {
            int from = Math.max(0, d.start() - 12);
            Matcher dw = DATE_WORD.matcher(f.substring(from, d.start()));
            if (dw.find() && (numberSpan == null || d.start() > numberSpan.start())) {
                date = d;
                dateSpan = new Span(from + dw.start(), d.end()); // from the comma before "ngày"
                break;
            }
        }
        if (date == null) {
            // "Hà Nội, 15/3/2024" (no "ngày"), or a draft's blank "ngày    tháng    năm 2025"
            Matcher blank = BLANK_DATE.matcher(f);
            for (DateMention d : dates.findAll(p.text())) {
                if (f.substring(Math.max(0, d.start() - 3), d.start()).matches(".*,\\s*") && (numberSpan == null
                        || d.start() > numberSpan.start())) {
                    date = d;
                    dateSpan = new Span(f.lastIndexOf(',', d.start()), d.end());
                    break;
                }
            }
            if (date == null && blank.find()) {
                dateSpan = new Span(blank.start(), blank.end()); // a draft: the place, but no date yet
            }
        }
        String place = dateSpan == null ? null : place(p, dateSpan, mottos, numberSpan);
        int limit = Math.min(numberSpan == null ? Integer.MAX_VALUE : numberSpan.start(),
                dateSpan == null ? Integer.MAX_VALUE : dateSpan.start());
        List<Piece> issuerPieces = issuerPieces(p, mottos, Math.min(limit, p.text().length()));

        DocumentType type = layout.type().map(e -> e.type()).orElse(DocumentType.OTHER);
        String typeName = layout.type().map(e -> e.name()).orElse(null);
        String title = title(text, layout);
        int titleLine = layout.titleLines().isEmpty() ? 0 : layout.titleLines().get(0);
        if (layout.typeLine() == 0 && mottoLine == 0 && number.isEmpty()) {
            Optional<Header> article = articles.recognize(text);
            if (article.isPresent()) {
                return article.get();
            }
        }
        Agency[] bodies = issuer(issuerPieces);
        return new Header(type, typeName, number, numberSpan == null ? 0 : p.lineAt(numberSpan.start()),
                bodies[1], bodies[0], place, date, dateSpan == null ? 0 : p.lineAt(Math.max(0, dateSpan.start())), title,
                titleLine, mottoLine);
    }

    private static List<Line> zone(NormalizedText text, Layout layout) {
        int end;
        if (layout.typeLine() > 0) {
            end = layout.typeLine() - 1;
        } else {
            end = Math.min(text.size(), NO_TYPE_HEADER_LINES);
            for (int i = 1; i <= end; i++) {
                String f = Fold.fold(text.line(i).text().strip());
                if (f.startsWith("can cu ") || f.startsWith("thuc hien ")
                        || LineShape.words(f) > RUNNING_TEXT_WORDS) {
                    end = i - 1; // the preamble or running text began
                    break;
                }
            }
        }
        List<Line> zone = new ArrayList<>();
        for (int i = 1; i <= end; i++) {
            Line l = text.line(i);
            if (!LineShape.isSeparator(l.text())) {
                zone.add(l);
            }
        }
        return zone;
    }

    private static String place(Passage p, Span date, List<Span> mottos, Span number) {
        int boundary = -1;
        for (Span s : mottos) {
            if (s.end() <= date.start()) {
                boundary = Math.max(boundary, s.end());
            }
        }
        if (number != null && number.end() <= date.start()) {
            boundary = Math.max(boundary, number.end());
        }
        if (boundary < 0) {
            boundary = p.lineStart(date.start());
        }
        String place = p.slice(boundary, date.start()).replaceAll("^[|,.;:\\s-]+|[|,.;:\\s]+$", "");
        return place.isEmpty() || LineShape.words(place) > 8 ? null : place;
    }

    private record Piece(String text, int line) {
    }

    /**
     * The issuer's name: the text before the number or date that is not part of the motto, line by line, in
     * capitals (or in any case when it names a known kind of body); of several groups separated by other text
     * (site navigation, boilerplate), the last one, nearest the motto; draft and urgency marks left out.
     */
    private List<Piece> issuerPieces(Passage p, List<Span> mottos, int limit) {
        int[] starts = p.lineStarts();
        List<Piece> pieces = new ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < starts.length && starts[i] < limit; i++) {
            int end = Math.min(limit, i + 1 < starts.length ? starts[i + 1] : p.text().length());
            StringBuilder piece = new StringBuilder();
            for (int c = starts[i]; c < end; c++) {
                final int at = c;
                if (mottos.stream().noneMatch(s -> at >= s.start() && at < s.end())) {
                    piece.append(p.text().charAt(c));
                } else {
                    piece.append(' ');
                }
            }
            String t = piece.toString().replaceAll("[|*]", " ").strip().replaceAll("\\s+", " ");
            if (t.isEmpty() || HEADER_MARKS.contains(Fold.words(t))) {
                continue;
            }
            boolean named = LineShape.isUpperCase(t)
                    || LineShape.words(t) <= 12 && agencies.resolve(t).kind() != AgencyKind.OTHER;
            if (!named) {
                broken = !pieces.isEmpty();
                continue;
            }
            if (broken) {
                pieces.clear(); // a later group is nearer the motto: the earlier one was something else
                broken = false;
            }
            pieces.add(new Piece(t, p.lineAt(starts[i])));
        }
        return pieces;
    }

    /** {parent, issuer}: split where a later line names a unit of the body named above it. */
    private Agency[] issuer(List<Piece> pieces) {
        if (pieces.isEmpty()) {
            return new Agency[] {null, null};
        }
        for (int k = 1; k < pieces.size(); k++) {
            String upper = join(pieces.subList(0, k));
            String lower = join(pieces.subList(k, pieces.size()));
            Agency parent = agencies.resolve(upper);
            Agency unit = agencies.resolve(lower);
            if (isParentKind(parent.kind()) && unit.kind() != AgencyKind.OTHER && LineShape.words(lower) >= 2) {
                return new Agency[] {parent, unit};
            }
        }
        return new Agency[] {null, agencies.resolve(join(pieces))};
    }

    private static boolean isParentKind(AgencyKind kind) {
        return kind == AgencyKind.MINISTRY || kind == AgencyKind.GOVERNMENT || kind == AgencyKind.PEOPLES_COMMITTEE
                || kind == AgencyKind.PEOPLES_COUNCIL || kind == AgencyKind.PARTY || kind == AgencyKind.OFFICE;
    }

    private static String join(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece pc : pieces) {
            sb.append(sb.length() == 0 ? "" : " ").append(pc.text());
        }
        return sb.toString();
    }

    private String title(NormalizedText text, Layout layout) {
        if (layout.titleLines().isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int n : layout.titleLines()) {
            String t = text.line(n).text().strip();
            if (n == layout.typeLine()) {
                t = dropWords(t, LineShape.words(layout.type().map(e -> e.name()).orElse("")));
            }
            sb.append(sb.length() == 0 ? "" : " ").append(t);
        }
        String title = sb.toString().replaceAll("^(?i)(v/v|về việc)\\s*:?\\s*", "").strip();
        return title.isEmpty() ? null : casing.restore(title);
    }

    private static String dropWords(String s, int n) {
        String[] w = s.split("\\s+", n + 1);
        return w.length > n ? w[n] : "";
    }
}
