package vn.kehoach.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.kehoach.parser.validate.RuleConfig;

/**
 * Everything one run of {@code kehoach validate} found, in input order: what a {@link Reporter} writes.
 *
 * @param files the documents that were read, with their findings
 * @param unreadable the inputs that could not be read
 * @param rules which rules ran and at what severity
 * @param failOn the least severity that fails the run
 * @param locale the language of the messages (English or Vietnamese)
 */
public record ValidationReport(List<CheckedFile> files, List<UnreadableFile> unreadable, RuleConfig rules,
        FailOn failOn, Locale locale) {
    public ValidationReport {
        files = List.copyOf(files);
        unreadable = List.copyOf(unreadable);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(locale, "locale");
    }

    /** The findings of every file together. */
    public Counts counts() {
        return files.stream().map(CheckedFile::counts).reduce(Counts.NONE, Counts::plus);
    }

    /** Whether a finding is at or above the fail-on level: the run exits 1. */
    public boolean failed() {
        return files.stream().flatMap(f -> f.findings().stream())
                .anyMatch(f -> failOn.fails(f.diagnostic().severity()));
    }
}
