package vn.kehoach.parser.outline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.normalize.Fold;

/**
 * The numbering styles of Vietnamese administrative documents, each matching one kind of heading line.
 * "Phần", "Chương", "Mục" and "Điều" are matched through {@link Fold} (any case, with or without
 * diacritics); numerals and letters on the text as written, where case matters ("I." is a Roman numeral, "i."
 * is not).
 */
public enum HeadingMarker {
    /** "Phần I", "PHẦN THỨ NHẤT", "Phần 2." */
    PART("^phan\\s+(?:thu\\s+)?([ivxlc]+|\\d{1,2}|\\p{L}+)\\b[.:]?\\s*(.*)$", true),
    /** "Chương I", "CHƯƠNG 2" */
    CHAPTER("^chuong\\s+([ivxlc]+|\\d{1,2})\\b[.:]?\\s*(.*)$", true),
    /** "Mục 1.", "MỤC 2:" (a number must follow: "Mục tiêu" is not a heading) */
    SECTION("^muc\\s+(\\d{1,2}|[ivxlc]+)\\s*[.:]\\s*(.*)$", true),
    /** "Điều 1.", "Điều 9a." */
    ARTICLE("^dieu\\s+(\\d{1,3}[a-z]?)\\s*[.:]\\s*(.*)$", true),
    /** "I. MỤC TIÊU", "II- NHIỆM VỤ" */
    ROMAN("^([IVX]{1,6})\\s*[.)/-]\\s*(.*)$", false),
    /** "1.1. Sửa đổi ...", "2.3.1 ..." */
    DECIMAL("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)$", false),
    /** "1. Mục đích:", "2) ..." */
    ARABIC("^(\\d{1,2})\\s*[.)]\\s*(?!\\d)(.*)$", false),
    /** "a) ...", "đ) ..." with the Vietnamese letter sequence a b c d đ e g h i k l m n o p q r s t u v x y */
    LETTER("^([" + PointLetters.SEQUENCE + "])\\)\\s*(.*)$", false);

    private final Pattern pattern;
    /** Matched on {@link Fold}ed text (the word-named markers), else on the text as written. */
    private final boolean folded;

    HeadingMarker(String regex, boolean folded) {
        this.pattern = Pattern.compile(regex);
        this.folded = folded;
    }

    /**
     * A heading's numbering and text.
     *
     * @param marker the numbering style
     * @param label the number as printed without punctuation ("II", "1.1", "a")
     * @param text the text after the numbering, possibly empty
     */
    public record Match(HeadingMarker marker, String label, String text) {
        /** Nesting key: decimal numbers nest by their number of parts, others by style. */
        public String levelKey() {
            return marker == DECIMAL ? "DECIMAL" + label.split("\\.").length : marker.name();
        }
    }

    /** Phần, Chương, Mục and Điều: containers whose label is printed with its word ("Điều 1"). */
    public boolean isContainer() {
        return this == PART || this == CHAPTER || this == SECTION || this == ARTICLE;
    }

    /** The first style that matches the line. */
    public static Optional<Match> match(String line) {
        String s = line.strip();
        String f = Fold.fold(s); // same length: groups found in it are read from s
        for (HeadingMarker m : values()) {
            Matcher x = m.pattern.matcher(m.folded ? f : s);
            if (x.matches() && m.accepts(x.group(1))) {
                String number = s.substring(x.start(1), x.end(1));
                if (m.folded && number.matches("[ivxlcIVXLC]+")) {
                    number = number.toUpperCase(java.util.Locale.ROOT);
                }
                String label = m.isContainer() ? WORDS.get(m) + " " + number : number;
                return Optional.of(new Match(m, label, s.substring(x.start(2), x.end(2)).strip()));
            }
        }
        return Optional.empty();
    }

    private boolean accepts(String label) {
        if (this == ROMAN) {
            return RomanNumerals.isValid(label);
        }
        if (this == PART) {
            return label.matches("[ivxlc]+|\\d+") || ORDINALS.matcher(label).matches();
        }
        return true;
    }

    private static final java.util.Map<HeadingMarker, String> WORDS = java.util.Map.of(
            PART, "Phần", CHAPTER, "Chương", SECTION, "Mục", ARTICLE, "Điều");

    private static final Pattern ORDINALS = Pattern.compile("nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi");
}
