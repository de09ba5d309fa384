package vn.kehoach.parser.time;

import java.util.List;
import java.util.Objects;
import vn.kehoach.model.Deadline;

/**
 * A deadline expression found in running text.
 *
 * @param deadline what it says; its text is the expression as written (normalized)
 * @param start offset in the text given to the parser where it starts
 * @param end offset after it
 * @param issues what is wrong with it; empty for the mentions {@link DeadlineParser#find} gives
 */
public record DeadlineMention(Deadline deadline, int start, int end, List<DeadlineIssue> issues) {
    public DeadlineMention {
        Objects.requireNonNull(deadline, "deadline");
        issues = List.copyOf(issues);
    }
}
