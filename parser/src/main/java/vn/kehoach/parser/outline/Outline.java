package vn.kehoach.parser.outline;

import java.util.List;
import vn.kehoach.model.Section;
import vn.kehoach.model.SectionRole;

/**
 * The outline of a document: the section tree, and the same headings as a flat list in reading order with
 * their full path ("II.1.a"), for the stages that read the text under each heading.
 *
 * @param sections the section tree
 * @param headings every heading in order
 */
public record Outline(List<Section> sections, List<Heading> headings) {
    public Outline {
        sections = List.copyOf(sections);
        headings = List.copyOf(headings);
    }

    /** A heading of at most this many words is a title rather than a content item. */
    public static final int TITLE_WORDS = 8;

    /**
     * True when a heading reads like a title ("1. Mục tiêu chung", "II. NHIỆM VỤ", "đ) Bố trí kinh phí;"): short
     * or in capitals. Its words then name its role; a long item ("1.9. Tổ chức thực hiện các quy định ...") is
     * content and keeps its parent's.
     */
    public static boolean isTitle(String heading) {
        String h = heading.strip();
        return vn.kehoach.parser.normalize.LineShape.isUpperCase(h)
                || vn.kehoach.parser.normalize.LineShape.words(h) <= TITLE_WORDS;
    }

    /** True when a heading is a closed sentence (ends with a full stop or semicolon): an item, even a short one. */
    public static boolean isSentence(String heading) {
        String h = heading.strip();
        return h.endsWith(".") || h.endsWith(";");
    }

    /**
     * One heading.
     *
     * @param path the labels from the root, joined by '.' ("II.1.a"; "PL" or "PL2" for appendices)
     * @param marker the numbering style, or null for an appendix heading
     * @param text the heading text
     * @param line its first line
     * @param lastLine its last line (a heading may wrap)
     * @param role its role, inherited from the parent when its own words name none
     * @param depth 0 for top-level headings
     */
    public record Heading(String path, HeadingMarker marker, String text, int line, int lastLine, SectionRole role,
            int depth) {
    }
}
