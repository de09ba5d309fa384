package vn.kehoach.model;

/**
 * The years a plan covers, "giai đoạn 2013 - 2015" being {@code {from: 2013, to: 2015}}.
 *
 * @param from first year
 * @param to last year
 */
public record Period(int from, int to) {
}
