package vn.kehoach.model;

import java.util.Objects;

import java.util.List;

/**
 * A task of the plan, from the body or from an appendix table.
 *
 * @param ref where it stands: "II.1.a" in the body, "PL.1.2" for row 1.2 of the first appendix table
 * @param origin body or appendix
 * @param text the task's content, lines joined
 * @param group the text of the group row above a sub-row, else null
 * @param lead the lead agencies (chủ trì)
 * @param cooperating the cooperating agencies (phối hợp)
 * @param product the product (sản phẩm), or null
 * @param deadline the deadline, or null when the task states none
 * @param line where it starts
 */
public record Task(String ref, TaskOrigin origin, String text, String group, List<Agency> lead,
        List<Agency> cooperating, String product, Deadline deadline, int line) {
    public Task {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        lead = Lists.copy(lead);
        cooperating = Lists.copy(cooperating);
    }
}
