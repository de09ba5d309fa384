package vn.kehoach.model;

import java.util.Objects;

/**
 * A finding of the parser or the validator. Codes are stable identifiers documented in docs/diagnostics.md.
 *
 * @param code the stable code ("DATE_INVALID")
 * @param severity how serious it is
 * @param message a human-readable message
 * @param line 1-based line of the normalized text, or null for the whole document
 * @param column 1-based column, or null
 * @param excerpt the text concerned, or null
 */
public record Diagnostic(String code, Severity severity, String message, Integer line, Integer column,
        String excerpt) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
