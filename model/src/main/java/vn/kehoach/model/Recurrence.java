package vn.kehoach.model;

import java.util.Objects;

/**
 * How often a recurring deadline comes back.
 *
 * @param frequency yearly, half-yearly, quarterly or monthly
 * @param within when inside each cycle: "Q4", "12-15" (month-day), or null
 */
public record Recurrence(Frequency frequency, String within) {
    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
    }
}
