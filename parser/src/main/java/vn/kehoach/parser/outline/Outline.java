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
