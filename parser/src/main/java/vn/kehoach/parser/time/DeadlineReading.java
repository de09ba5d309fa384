package vn.kehoach.parser.time;

import java.util.List;
import java.util.Objects;
import vn.kehoach.model.Deadline;

/**
 * How a deadline phrase was read.
 *
 * @param deadline the deadline; kind UNPARSED (with an issue) when the phrase could not be read
 * @param issues what is wrong with the phrase, in order of position; empty for a clean reading
 */
public record DeadlineReading(Deadline deadline, List<DeadlineIssue> issues) {
    public DeadlineReading {
        Objects.requireNonNull(deadline, "deadline");
        issues = List.copyOf(issues);
    }
}
