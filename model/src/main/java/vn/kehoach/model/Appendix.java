package vn.kehoach.model;

import java.util.Objects;

/**
 * An appendix present in the text.
 *
 * @param label the label word as printed in sentence case ("Phụ lục")
 * @param number the appendix number ("1", "II"), or null for a single unnumbered appendix
 * @param title the appendix title, lines joined, or null
 * @param line where its heading starts
 */
public record Appendix(String label, String number, String title, int line) {
    public Appendix {
        Objects.requireNonNull(label, "label");
    }
}
