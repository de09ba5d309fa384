package vn.kehoach.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * A document that was read and checked.
 *
 * @param source where it came from
 * @param findings its diagnostics in document order (whole-document findings first)
 */
public record CheckedFile(Source source, List<Finding> findings) {
    public CheckedFile {
        Objects.requireNonNull(source, "source");
        findings = List.copyOf(findings);
    }

    public Counts counts() {
        return Counts.of(findings);
    }
}
