package vn.kehoach.parser;

import java.util.Objects;

/**
 * The input cannot be read at all: missing, empty, too large, encrypted, damaged, or not a supported format.
 * Anything readable yields a {@link vn.kehoach.model.PlanDocument} instead, with diagnostics for what was not
 * understood.
 *
 * <p>{@link #getMessage()} is one line: {@code "<source>: <reason>"}.
 */
public class DocumentReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public DocumentReadException(String source, String reason) {
        this(source, reason, null);
    }

    public DocumentReadException(String source, String reason, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.source = source;
        this.reason = reason;
    }

    /** The file name or path as given. */
    public String source() {
        return source;
    }

    /** Why it cannot be read, without the source name. */
    public String reason() {
        return reason;
    }
}
