package vn.kehoach.cli.report;

import java.util.Objects;
import vn.kehoach.model.Diagnostic;

/**
 * One diagnostic of a checked document, with the source line it points at.
 *
 * @param diagnostic the diagnostic (its line and column count source lines and characters, both from 1)
 * @param sourceLine the text of the diagnostic's line, or null when it has none or the line is not known
 */
public record Finding(Diagnostic diagnostic, String sourceLine) {
    public Finding {
        Objects.requireNonNull(diagnostic, "diagnostic");
    }

    /** {@code 12:5}, {@code 12} without a column, or empty for a finding on the whole document. */
    public String position() {
        Integer line = diagnostic.line();
        Integer column = diagnostic.column();
        return line == null ? "" : column == null ? line.toString() : line + ":" + column;
    }
}
