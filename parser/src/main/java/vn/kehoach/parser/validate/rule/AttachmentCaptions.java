package vn.kehoach.parser.validate.rule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.entity.SymbolParser;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.time.DateFinder;
import vn.kehoach.parser.time.DateMention;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The attachment captions of a document: "(Kèm theo Kế hoạch số 55/KH-UBND ngày 14/8/2013 của UBND tỉnh)" under
 * an appendix heading (NĐ 30/2020 Phụ lục I mục III.1.c), "(Ban hành kèm theo Quyết định số 120/QĐ-UBND ngày
 * 10/01/2025 ...)" under the title of a plan issued with a decision. A caption is read where it opens a line (or
 * follows "PHỤ LỤC" on it), over the lines it wraps onto; in "Kèm theo Kế hoạch ban hành kèm theo Quyết định số
 * ..." the document with a number or date is the decision. A blank number ("số      /KH-UBND") or date ("ngày
 * tháng    năm 2025") is not read.
 */
final class AttachmentCaptions {
    /** "(Kèm theo", "(Ban hành kèm theo", "Kèm theo" (folded) where a caption opens. */
    private static final Pattern OPEN = Pattern.compile("\\(?\\s*(?:" + ReferenceWords.alternatives("issued")
            + "\\s+)?" + ReferenceWords.alternatives("caption") + "\\s+");
    /** "Kèm theo", "Ban hành kèm theo" opening a line (folded, before any "("). */
    private static final Pattern OPENS = Pattern.compile("(?:(?:" + ReferenceWords.alternatives("issued", " ") + " )?"
            + ReferenceWords.alternatives("caption", " ") + ")");
    private static final Pattern ATTACHED = Pattern.compile("(?<![\\p{L}\\d])" + ReferenceWords.alternatives("caption")
            + "\\s+");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\G\\s*so\\s*:?\\s*");
    private static final Pattern DATE_WORD = Pattern.compile("\\G\\s*,?\\s*ngay(?![\\p{L}\\d])");
    private static final Pattern APPENDIX_LINE = Pattern.compile("^" + ReferenceWords.alternatives("appendix", "\\s*")
            + "\\b[^(]*\\(");
    /** Lines a caption may wrap onto (a narrow column breaks it after every few words). */
    private static final int WRAP_LINES = 4;
    private static final int MAX_CAPTION = 300;
    private static final SymbolParser SYMBOLS = new SymbolParser();
    private static final DateFinder DATES = new DateFinder();

    private AttachmentCaptions() {
    }

    /**
     * One caption that names a document by type and by number or date.
     *
     * @param text the caption as printed, its lines joined
     * @param where the joined lines it was read from; offsets are in its text
     * @param type the type name as printed ("Kế hoạch")
     * @param number the number and symbol, when one is written
     * @param numberAt where it starts in the joined text, -1 without a number
     * @param date the date, when one is written
     * @param dateAt where it starts in the joined text, -1 without a date
     * @param others how many more document numbers the caption holds ("..., được sửa đổi tại Quyết định số ...")
     */
    record Caption(String text, Joined where, String type, SymbolParser.Found number, int numberAt,
            DateMention date, int dateAt, int others) {
    }

    /** The caption that opens normalized line {@code line}, if that line opens one and names a document. */
    static Optional<Caption> at(RuleContext c, int line) {
        String t = c.text().line(line).text();
        String f = Fold.fold(t);
        int from = t.length() - t.stripLeading().length();
        String head = f.substring(from);
        if (!(head.startsWith("(") || OPENS.matcher(head).lookingAt())) {
            Matcher heading = APPENDIX_LINE.matcher(head);
            if (!heading.find()) {
                return Optional.empty();
            }
            from += heading.end() - 1; // "PHỤ LỤC I (Kèm theo ...)"
        }
        boolean parenthesized = f.charAt(from) == '(';
        // A caption in parentheses may wrap onto the next lines; one without ends with its line.
        Joined joined = Joined.lines(c, line, parenthesized ? line + WRAP_LINES : line);
        String all = joined.text();
        String folded = Fold.fold(all);
        Matcher open = OPEN.matcher(folded);
        if (!open.find(from) || open.start() != from) {
            return Optional.empty();
        }
        int end = captionEnd(folded, from, parenthesized);
        return read(all.substring(0, end), folded.substring(0, end), from, joined);
    }

    /** Reads the first "kèm theo TYPE số ... ngày ..." from {@code from}; a type with neither gives way to the next. */
    private static Optional<Caption> read(String text, String f, int from, Joined where) {
        Matcher attached = ATTACHED.matcher(f);
        int at = from;
        while (attached.find(at)) {
            at = attached.end();
            Matcher type = ReferenceWords.TYPES.matcher(f);
            if (!type.find(at) || type.start() != at) {
                continue;
            }
            int pos = type.end();
            SymbolParser.Found number = null;
            int numberAt = -1;
            Matcher nw = NUMBER_WORD.matcher(f);
            boolean numbered = nw.find(pos);
            if (numbered) {
                pos = nw.end();
                Optional<SymbolParser.Found> found = SYMBOLS.find(text, pos, true);
                if (found.isPresent() && found.get().start() == pos) {
                    if (found.get().symbol().number() != null) {
                        number = found.get();
                        numberAt = pos;
                    }
                    pos = found.get().end();
                }
            }
            DateMention date = null;
            int dateAt = -1;
            Matcher dw = DATE_WORD.matcher(f);
            if (dw.find(pos)) {
                Optional<DateMention> d = DATES.atStart(text.substring(dw.end()));
                if (d.isPresent()) {
                    date = d.get();
                    dateAt = dw.end() + d.get().start();
                }
            }
            if (!numbered && date == null && !dw.find(pos)) {
                continue; // "Kèm theo Kế hoạch ban hành kèm theo Quyết định số ...": the next one is named
            }
            return Optional.of(new Caption(text.substring(from), where, text.substring(type.start(), type.end()),
                    number, numberAt, date, dateAt, others(text, number)));
        }
        return Optional.empty();
    }

    /** How many document numbers besides {@code number} the caption holds. */
    private static int others(String text, SymbolParser.Found number) {
        int n = 0;
        int at = 0;
        Optional<SymbolParser.Found> s;
        while ((s = SYMBOLS.find(text, at, false)).isPresent()) {
            if (number == null || s.get().start() != number.start()) {
                n++;
            }
            at = s.get().end();
        }
        return n;
    }

    /** Where a caption ends: at the ")" that closes it, else at the end of its line. */
    private static int captionEnd(String f, int start, boolean parenthesized) {
        int limit = Math.min(f.length(), start + MAX_CAPTION);
        int depth = 0;
        for (int k = start; k < limit; k++) {
            char ch = f.charAt(k);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
                if (parenthesized && depth <= 0) {
                    return k + 1;
                }
            }
        }
        return limit;
    }
}
