package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.RomanNumerals;
import vn.kehoach.parser.validate.RuleContext;

/**
 * What the text says is attached to the document itself: "Phụ lục số 1", "(Có Phụ lục ... kèm theo)", "(Phụ
 * lục đính kèm)", "Biểu số 01 kèm theo", "Danh mục ... kèm theo Kế hoạch này"; not the appendices of the
 * documents it cites ("Phụ lục I ban hành kèm theo Nghị định số 30/2020/NĐ-CP"), nor "phụ lục hợp đồng" (a
 * lower-case "phụ lục" with neither a number nor "kèm theo"). The legal bases ("Căn cứ ...") are not read.
 */
final class AppendixReferences {
    /** An appendix number after "Phụ lục": "số 1", "01", "II", "A" (Roman and letters in capitals only). */
    private static final Pattern NUMBER = Pattern.compile("\\G\\s*(?:so\\s*)?(\\d{1,2}|[ivxlc]{1,6}|[a-d])(?![\\p{L}\\d])");
    /** More numbers: "Phụ lục 1, 2 và 3", "Phụ lục số 1 và Phụ lục số 2" is read as two references. */
    private static final Pattern MORE = Pattern.compile(
            "\\G\\s*(,|va|hoac|den|-)\\s*(?:so\\s*)?(\\d{1,2}|[ivxlc]{1,6}|[a-d])(?![\\p{L}\\d])");
    private static final Pattern FORM_NUMBER = Pattern.compile("\\G\\s*(?:so\\s*)?\\d{1,2}(?!\\d)");
    /** How many words after a list or form word its "kèm theo" may stand. */
    private static final int ATTACHED_REACH = 15;
    private static final int MAX_CLAUSE = 240;

    private AppendixReferences() {
    }

    enum Kind {
        /** "Phụ lục ..." */
        APPENDIX,
        /** "Biểu ... kèm theo" */
        FORM,
        /** "Danh mục ... kèm theo" */
        LIST
    }

    /**
     * One reference.
     *
     * @param line the normalized line
     * @param start where it starts in the line
     * @param text the words as printed ("Phụ lục số 1")
     * @param kind appendix, form or list
     * @param numbers the appendix numbers as printed ("1", "II"), empty when it names none
     */
    record Reference(int line, int start, String text, Kind kind, List<String> numbers) {
    }

    /**
     * The references found in some lines.
     *
     * @param references the references, in order
     * @param attachedHere the lines also say, in any words, that something is attached to this document
     *     ("(chi tiết kèm theo)", "kèm theo Kế hoạch này")
     */
    record Found(List<Reference> references, boolean attachedHere) {
    }

    /** The references of normalized lines {@code from} to {@code to} (exclusive), skipping lines in {@code skip}. */
    static Found find(RuleContext c, OwnDocument own, int from, int to, BitSet skip) {
        List<Reference> out = new ArrayList<>();
        boolean pointer = false;
        for (int i = from; i < to; i++) {
            if (skip.get(i)) {
                continue;
            }
            NormalizedText.Line line = c.text().line(i);
            String t = line.text();
            String f = Fold.fold(t);
            if (f.strip().startsWith("can cu ")) {
                continue; // the legal bases cite other documents
            }
            appendices(own, i, t, f, out);
            lists(own, i, t, f, ReferenceWords.FORM, Kind.FORM, out);
            lists(own, i, t, f, ReferenceWords.LIST, Kind.LIST, out);
            Matcher a = ReferenceWords.ATTACHED.matcher(f);
            while (a.find()) {
                pointer |= own.attachedHere(f.substring(a.end(), clauseEnd(f, a.start(), a.end())));
            }
        }
        return new Found(List.copyOf(out), pointer);
    }

    private static void appendices(OwnDocument own, int i, String t, String f, List<Reference> out) {
        Matcher m = ReferenceWords.APPENDIX.matcher(f);
        while (m.find()) {
            List<String> numbers = new ArrayList<>();
            int end = m.end();
            Matcher n = NUMBER.matcher(f);
            if (n.find(end) && printedAsNumber(t, n.start(1), n.end(1))) {
                numbers.add(t.substring(n.start(1), n.end(1)));
                end = n.end();
                Matcher more = MORE.matcher(f);
                while (more.find(end) && printedAsNumber(t, more.start(2), more.end(2))) {
                    String next = t.substring(more.start(2), more.end(2));
                    if (more.group(1).equals("den") || more.group(1).equals("-")) {
                        numbers.addAll(between(numbers.get(numbers.size() - 1), next));
                    }
                    numbers.add(next);
                    end = more.end();
                }
            }
            String tail = f.substring(end, clauseEnd(f, m.start(), end));
            boolean attached = ReferenceWords.ATTACHED.matcher(tail).find();
            if (numbers.isEmpty() && !Character.isUpperCase(t.charAt(m.start())) && !attached) {
                continue; // "ký phụ lục hợp đồng": not an appendix of this document
            }
            if (startsWith(ReferenceWords.FOREIGN, tail)) {
                continue; // "Phụ lục hợp đồng": the annex of a contract
            }
            if (own.citesOther(tail) || citedBefore(own, f, m.start())) {
                continue;
            }
            out.add(new Reference(i, m.start(), t.substring(m.start(), end).strip(), Kind.APPENDIX,
                    List.copyOf(numbers)));
        }
    }

    /** "Biểu số 01 kèm theo", "Danh mục ... kèm theo Kế hoạch này", "kèm theo Quyết định này Danh mục ...". */
    private static void lists(OwnDocument own, int i, String t, String f, Pattern word, Kind kind,
            List<Reference> out) {
        Matcher m = word.matcher(f);
        while (m.find()) {
            if (kind == Kind.FORM && m.group().matches("\\S+") && !FORM_NUMBER.matcher(f).find(m.end())) {
                continue; // "Biểu" alone wants a number: "biểu dương", "biểu quyết" are no forms
            }
            int clause = clauseEnd(f, m.start(), m.end());
            String tail = f.substring(m.end(), clause);
            Matcher a = ReferenceWords.ATTACHED.matcher(tail);
            boolean here = a.find() && words(tail.substring(0, a.start())) <= ATTACHED_REACH
                    && own.attachedHere(tail.substring(a.end()));
            if (!here) {
                here = attachedBefore(own, f, m.start());
            }
            if (here) {
                out.add(new Reference(i, m.start(), t.substring(m.start(), m.end()), kind, List.of()));
            }
        }
    }

    /** "kèm theo Quyết định này Danh mục ...", "kèm theo các Biểu mẫu": the word follows its "kèm theo". */
    private static boolean attachedBefore(OwnDocument own, String f, int at) {
        String head = f.substring(Math.max(0, at - 60), at);
        Matcher a = ReferenceWords.ATTACHED.matcher(head);
        int last = -1;
        int lastEnd = -1;
        while (a.find()) {
            last = a.start();
            lastEnd = a.end();
        }
        if (last < 0) {
            return false;
        }
        String between = head.substring(lastEnd).strip().replaceFirst("cac$", "").strip();
        if (between.isEmpty()) {
            return true;
        }
        Matcher t = ReferenceWords.TYPES.matcher(between);
        if (!t.lookingAt() || !own.isName(t.group())) {
            return false;
        }
        String rest = between.substring(t.end()).strip();
        return ReferenceWords.THIS.matcher(rest).matches();
    }

    /** Inside parentheses right after a cited document: "Thông tư số 01/2011/TT-BNV (Phụ lục I)". */
    private static boolean citedBefore(OwnDocument own, String f, int at) {
        int open = f.lastIndexOf('(', at);
        if (open < 0 || f.lastIndexOf(')', at) > open || !f.substring(open + 1, at).isBlank()) {
            return false;
        }
        String head = f.substring(Math.max(0, open - 60), open);
        return own.citesOther(lastWords(head, 6));
    }

    private static boolean startsWith(Pattern words, String s) {
        Matcher m = words.matcher(s);
        return m.find() && s.substring(0, m.start()).isBlank();
    }

    private static String lastWords(String s, int n) {
        String[] w = s.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    /** Digits as written; a Roman numeral or a letter only in capitals ("Phụ lục I", not "phụ lục các"). */
    private static boolean printedAsNumber(String t, int from, int to) {
        String s = t.substring(from, to);
        if (Character.isDigit(s.charAt(0))) {
            return true;
        }
        return s.equals(s.toUpperCase(Locale.ROOT))
                && (RomanNumerals.isValid(s) || s.length() == 1 && s.charAt(0) >= 'A' && s.charAt(0) <= 'D');
    }

    /** The numbers strictly between two of a range ("Phụ lục 1 đến 4": 2 and 3), in the first one's style. */
    private static List<String> between(String first, String last) {
        List<String> out = new ArrayList<>();
        String a = key(first);
        String b = key(last);
        if (!a.matches("\\d+") || !b.matches("\\d+")) {
            return out;
        }
        boolean roman = !Character.isDigit(first.charAt(0));
        for (int v = Integer.parseInt(a) + 1; v < Integer.parseInt(b) && out.size() < 20; v++) {
            out.add(roman ? Numbering.roman(v) : String.valueOf(v));
        }
        return out;
    }

    /** The value of an appendix number, for comparing "1", "01" and "I": digits for numbers, else the letter. */
    static String key(String number) {
        String s = number.strip().toUpperCase(Locale.ROOT);
        if (s.matches("\\d+")) {
            return String.valueOf(Integer.parseInt(s));
        }
        return RomanNumerals.isValid(s) ? String.valueOf(RomanNumerals.value(s)) : s;
    }

    /**
     * Where the clause holding a reference ends: at ";", at a full stop before a space, at the ")" that closes
     * the parenthesis it stands in.
     */
    static int clauseEnd(String f, int start, int from) {
        int depth = 0;
        for (int k = 0; k < start; k++) {
            char ch = f.charAt(k);
            depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
        }
        int limit = Math.min(f.length(), from + MAX_CLAUSE);
        for (int k = from; k < limit; k++) {
            char ch = f.charAt(k);
            if (ch == ';' || ch == '.' && (k + 1 == f.length() || Character.isWhitespace(f.charAt(k + 1)))
                    || ch == ')' && depth > 0) {
                return k;
            }
        }
        return limit;
    }

    private static int words(String s) {
        String w = s.strip();
        return w.isEmpty() ? 0 : w.split("\\s+").length;
    }
}
