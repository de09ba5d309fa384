package vn.kehoach.model;

import java.util.List;

/**
 * A node of the outline (Phần, Chương, Mục, Điều, I., 1., 1.1., a), Phụ lục).
 *
 * @param ref the numbering as printed, without punctuation ("II", "1.1", "a")
 * @param heading the heading text after the numbering
 * @param role what the section is for
 * @param line where the heading starts
 * @param children sub-sections in order
 */
public record Section(String ref, String heading, SectionRole role, int line, List<Section> children) {
    public Section {
        role = role == null ? SectionRole.OTHER : role;
        children = Lists.copy(children);
    }
}
