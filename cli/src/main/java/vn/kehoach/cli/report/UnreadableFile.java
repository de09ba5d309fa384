package vn.kehoach.cli.report;

import java.util.Objects;

/**
 * An input that could not be checked.
 *
 * @param source where it came from
 * @param reason why, in one line ("no such file", "is empty")
 */
public record UnreadableFile(Source source, String reason) {
    public UnreadableFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
