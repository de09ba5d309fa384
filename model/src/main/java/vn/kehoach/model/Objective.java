package vn.kehoach.model;

import java.util.Objects;

import java.util.List;

/**
 * A goal of the plan.
 *
 * @param ref where it stands ("I.2")
 * @param text its text, lines joined
 * @param kind general (mục tiêu chung) or specific (mục tiêu cụ thể, chỉ tiêu)
 * @param targets the quantitative targets it states
 * @param line where it starts
 */
public record Objective(String ref, String text, ObjectiveKind kind, List<Target> targets, int line) {
    public Objective {
        Objects.requireNonNull(text, "text");
        targets = Lists.copy(targets);
    }
}
