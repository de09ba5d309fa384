package vn.kehoach.model;

import java.util.Objects;

/**
 * A body named in the document.
 *
 * @param name as written, whitespace normalized ("UBND cấp huyện")
 * @param canonical abbreviations expanded and case normalized, used to merge mentions
 * @param kind what sort of body it is
 * @param collective true for a phrase that stands for many bodies ("Các sở, ban, ngành")
 */
public record Agency(String name, String canonical, AgencyKind kind, boolean collective) {
    public Agency {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? AgencyKind.OTHER : kind;
    }
}
