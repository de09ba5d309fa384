package vn.kehoach.model;

import java.util.Objects;

import java.math.BigDecimal;

/**
 * A quantitative target ("cuối năm 2024 đạt trên 90%").
 *
 * @param text the phrase stating it
 * @param value the number
 * @param unit "%" or the counted noun ("lớp", "công chức")
 * @param comparator how the value is compared
 * @param deadline by when, or null
 */
public record Target(String text, BigDecimal value, String unit, Comparison comparator, Deadline deadline) {
    public Target {
        Objects.requireNonNull(text, "text");
    }
}
