package vn.kehoach.parser.outline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of Vietnamese administrative documents, each matching one kind of heading line.
 * Matching is on the original (NFC) text; "Phần", "Chương", "Mục", "Điều" are accepted in any case and
 * without diacritics.
 */
public enum HeadingMarker {
    /** "Phần I", "PHẦN THỨ NHẤT", "Phần 2." */
    PART("^(?:Phần|PHẦN|Phan|PHAN)\\s+(?:(?:thứ|THỨ|thu|THU)\\s+)?([IVXLC]+|\\d{1,2}|\\p{L}+)\\b[.:]?\\s*(.*)$"),
    /** "Chương I", "CHƯƠNG 2" */
    CHAPTER("^(?:Chương|CHƯƠNG|Chuong|CHUONG)\\s+([IVXLC]+|\\d{1,2})\\b[.:]?\\s*(.*)$"),
    /** "Mục 1.", "MỤC 2:" (a number must follow: "Mục tiêu" is not a heading) */
    SECTION("^(?:Mục|MỤC|Muc|MUC)\\s+(\\d{1,2}|[IVXLC]+)\\s*[.:]\\s*(.*)$"),
    /** "Điều 1.", "Điều 9a." */
    ARTICLE("^(?:Điều|ĐIỀU|Dieu|DIEU)\\s+(\\d{1,3}[a-z]?)\\s*[.:]\\s*(.*)$"),
    /** "I. MỤC TIÊU", "II- NHIỆM VỤ" */
    ROMAN("^([IVX]{1,6})\\s*[.)/-]\\s*(.*)$"),
    /** "1.1. Sửa đổi ...", "2.3.1 ..." */
    DECIMAL("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)$"),
    /** "1. Mục đích:", "2) ..." */
    ARABIC("^(\\d{1,2})\\s*[.)]\\s*(?!\\d)(.*)$"),
    /** "a) ...", "đ) ..." with the Vietnamese letter sequence a b c d đ e g h i k l m n o p q r s t u v x y */
    LETTER("^([abcdđeghiklmnopqrstuvxy])\\)\\s*(.*)$");

    private final Pattern pattern;

    HeadingMarker(String regex) {
        this.pattern = Pattern.compile(regex);
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
        for (HeadingMarker m : values()) {
            Matcher x = m.pattern.matcher(s);
            if (x.matches() && m.accepts(x.group(1))) {
                String label = m.isContainer() ? WORDS.get(m) + " " + x.group(1) : x.group(1);
                return Optional.of(new Match(m, label, x.group(2).strip()));
            }
        }
        return Optional.empty();
    }

    private boolean accepts(String label) {
        if (this == ROMAN) {
            return RomanNumerals.isValid(label);
        }
        if (this == PART) {
            return label.matches("[IVXLC]+|\\d+") || ORDINALS.matcher(label.toLowerCase(java.util.Locale.ROOT)).matches();
        }
        return true;
    }

    private static final java.util.Map<HeadingMarker, String> WORDS = java.util.Map.of(
            PART, "Phần", CHAPTER, "Chương", SECTION, "Mục", ARTICLE, "Điều");

    private static final Pattern ORDINALS = Pattern.compile("nhất|nhat|hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|mười|muoi");
}
