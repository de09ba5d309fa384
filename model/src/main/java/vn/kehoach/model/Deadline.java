package vn.kehoach.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A time expression read as a date interval ("Quý IV năm 2013" is 2013-10-01 to 2013-12-31).
 *
 * @param text the phrase as written
 * @param kind how it was read
 * @param start first day, or null when open or unknown
 * @param end last day, or null when open or unknown
 * @param recurrence for recurring deadlines, else null
 * @param milestones for {@link DeadlineKind#MULTIPLE}, the parts; else empty
 * @param label a milestone's label ("thực hiện thí điểm"), else null
 */
@JsonPropertyOrder({"text", "kind", "start", "end", "recurrence", "milestones", "label"})
public record Deadline(String text, DeadlineKind kind, LocalDate start, LocalDate end, Recurrence recurrence,
        List<Deadline> milestones, String label) {
    public Deadline {
        Objects.requireNonNull(text, "text");
        kind = kind == null ? DeadlineKind.UNPARSED : kind;
        milestones = Lists.copy(milestones);
    }
}
