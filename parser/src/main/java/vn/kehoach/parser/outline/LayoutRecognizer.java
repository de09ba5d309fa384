package vn.kehoach.parser.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * Finds the parts of a document: the type-name line ("KẾ HOẠCH") and the header above it, the title below
 * it, the body, the closing ("Nơi nhận", signature) and the appendix headings.
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class LayoutRecognizer {
    /** The type name is looked for in this many first lines. */
    static final int HEADER_SCAN = 80;
    private static final int MAX_TITLE_LINES = 8;
    /** A line this long is a paragraph of running text, never part of a header. */
    private static final int BODY_LINE_WORDS = 40;
    private static final Pattern NUMBER_LINE = Pattern.compile("^so\\s*:.*|.*\\bso\\s*:\\s*\\d.*");
    private static final Pattern DATE_LINE = Pattern.compile(".*\\bngay\\b.*\\bnam\\s+\\d{4}.*|.*,\\s*ngay\\b.*");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "^(can cu|thuc hien|xet de nghi|theo de nghi|xet |kinh gui|\\(|quyet dinh\\s*:|quyet nghi\\s*:).*");
    private static final Pattern APPENDIX = Pattern.compile(
            "^phu luc(?:\\s+(?:so\\s+)?(\\d{1,2}|[ivxlc]{1,6}|[a-d]))?\\b\\s*([:.\\-]?)\\s*(.*)$");

    private final DocumentTypes types;

    public LayoutRecognizer() {
        this(DocumentTypes.DEFAULT);
    }

    LayoutRecognizer(DocumentTypes types) {
        this.types = types;
    }

    public Layout recognize(NormalizedText text) {
        int n = text.size();
        TypeLine type = findTypeLine(text);
        List<Integer> title = type == null ? List.of() : titleLines(text, type);
        int bodyStart;
        if (type == null) {
            bodyStart = 1;
        } else {
            bodyStart = (title.isEmpty() ? type.line : title.get(title.size() - 1)) + 1;
        }
        List<Layout.AppendixHeading> appendices = appendices(text, Math.max(bodyStart, 1));
        int appendixStart = appendices.isEmpty() ? n + 1 : appendices.get(0).line();
        int closing = closingStart(text, bodyStart, appendixStart);
        return new Layout(Optional.ofNullable(type).map(t -> t.entry), type == null ? 0 : type.line, title,
                type == null ? 0 : type.line - 1, bodyStart, closing, appendices, n);
    }

    private record TypeLine(int line, DocumentTypes.Entry entry, boolean inlineTitle) {
    }

    private TypeLine findTypeLine(NormalizedText text) {
        boolean headerSeen = false;
        for (int i = 1; i <= Math.min(HEADER_SCAN, text.size()); i++) {
            String t = text.line(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            String f = Fold.fold(t);
            if (f.startsWith("can cu ") || f.startsWith("thuc hien ")) {
                return null; // the preamble began: no type name
            }
            if (LineShape.words(t) > BODY_LINE_WORDS) {
                return null; // running text before any type name: not a header (a news text, say)
            }
            if (t.endsWith(":")) {
                continue;
            }
            Optional<DocumentTypes.Entry> exact = types.exactly(t);
            if (exact.isPresent()) {
                return new TypeLine(i, exact.get(), false);
            }
            if (headerSeen && LineShape.isUpperCase(t)) {
                Optional<DocumentTypes.Entry> prefix = types.prefixOf(t);
                if (prefix.isPresent()) {
                    return new TypeLine(i, prefix.get(), true);
                }
            }
            if (NUMBER_LINE.matcher(f).matches() || DATE_LINE.matcher(f).matches()) {
                headerSeen = true;
            }
        }
        return null;
    }

    private List<Integer> titleLines(NormalizedText text, TypeLine type) {
        List<Integer> lines = new ArrayList<>();
        if (type.inlineTitle) {
            lines.add(type.line);
        }
        for (int i = type.line + 1; i <= text.size() && lines.size() < MAX_TITLE_LINES; i++) {
            String t = text.line(i).text().strip();
            if (t.isEmpty() || LineShape.isSeparator(t)) {
                if (lines.isEmpty() || lines.size() == 1 && type.inlineTitle) {
                    if (t.isEmpty() || t.equals("|")) {
                        continue;
                    }
                }
                break;
            }
            String f = Fold.fold(t);
            if (TITLE_STOP.matcher(f).matches() && !(lines.isEmpty() && f.startsWith("thuc hien "))
                    || HeadingMarker.match(t).isPresent()) {
                break; // "Thực hiện ..." opens many titles, but after a title it opens the preamble
            }
            if (!lines.isEmpty() && LineShape.isUpperCase(t) && Positions.isAuthority(t)) {
                break; // "BỘ TRƯỞNG BỘ NỘI VỤ" above the căn cứ of a Quyết định
            }
            if (ClosingMarks.isRecipientsHeading(t) || ClosingMarks.signingMark(t).isPresent() || t.endsWith("./.")
                    || t.endsWith(":")) {
                break;
            }
            if (!lines.isEmpty() && LineShape.isUpperCase(text.line(lines.get(lines.size() - 1)).text())
                    && !LineShape.isUpperCase(t) && t.chars().anyMatch(Character::isLetter)) {
                break; // a title in capitals does not go on in lower case
            }
            lines.add(i);
        }
        return lines;
    }

    private List<Layout.AppendixHeading> appendices(NormalizedText text, int from) {
        List<Layout.AppendixHeading> out = new ArrayList<>();
        for (int i = from; i <= text.size(); i++) {
            String t = text.line(i).text().strip();
            int last = i;
            if (Fold.words(t).equals("phu") && i < text.size()
                    && Fold.words(text.line(i + 1).text()).startsWith("luc")) {
                t = t + " " + text.line(i + 1).text().strip(); // "PHỤ\nLỤC" wrapped by a narrow column
                last = i + 1;
            }
            Matcher m = APPENDIX.matcher(Fold.fold(t));
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(3);
            boolean separated = !m.group(2).isEmpty();
            String restOriginal = t.substring(t.length() - rest.length()).strip();
            if (!rest.isEmpty() && !(LineShape.isUpperCase(t) || separated && LineShape.isUpperCase(restOriginal))) {
                continue; // "Phụ lục kèm theo ..." is a sentence, not a heading
            }
            if (rest.isEmpty() && !LineShape.isUpperCase(t) && m.group(1) == null && !t.endsWith(":")) {
                // "Phụ lục" alone in lower case is still a heading when it stands on its own line.
                if (!Fold.words(t).equals("phu luc")) {
                    continue;
                }
            }
            String number = m.group(1) == null ? null : t.substring(m.start(1), m.end(1)).toUpperCase(java.util.Locale.ROOT);
            List<Integer> titleLines = new ArrayList<>();
            int end = appendixTitle(text, last + 1, titleLines);
            out.add(new Layout.AppendixHeading(i, number, titleLines, rest.isEmpty() ? null : restOriginal,
                    Math.max(end, last)));
            i = Math.max(i, last);
        }
        return out;
    }

    /** Collects the title lines after an appendix heading, skipping the "(Kèm theo ...)" caption; returns the last line used. */
    private static int appendixTitle(NormalizedText text, int from, List<Integer> titleLines) {
        int end = from - 1;
        boolean inCaption = false;
        for (int i = from; i <= text.size() && i < from + 12; i++) {
            String t = text.line(i).text().strip();
            if (inCaption) {
                end = i;
                inCaption = !t.contains(")");
                continue;
            }
            if (t.isEmpty() || t.equals("|")) {
                if (!titleLines.isEmpty()) {
                    break;
                }
                continue;
            }
            if (t.startsWith("(")) {
                end = i;
                inCaption = !t.contains(")");
                continue;
            }
            boolean noLetters = t.chars().noneMatch(Character::isLetter);
            if (!(LineShape.isUpperCase(t) || noLetters && !titleLines.isEmpty()) || ColumnTitles.isColumnTitle(t)) {
                break; // a title ends at running text or the table header; "2022-2030" may end a wrapped title
            }
            titleLines.add(i);
            end = i;
        }
        return end;
    }

    private static int closingStart(NormalizedText text, int bodyStart, int appendixStart) {
        int recipients = 0;
        int mark = 0;
        for (int i = appendixStart - 1; i >= Math.max(1, bodyStart); i--) {
            String t = text.line(i).text();
            if (recipients == 0 && ClosingMarks.isRecipientsHeading(t)) {
                recipients = i;
            }
            if (ClosingMarks.signingMark(t).isPresent()) {
                mark = i;
            }
        }
        int first = appendixStart;
        if (recipients > 0) {
            first = Math.min(first, recipients);
        }
        if (mark > 0) {
            first = Math.min(first, mark);
        }
        return first;
    }
}
