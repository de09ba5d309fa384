package vn.kehoach.cli.report;

import vn.kehoach.model.Severity;

/** The least severity that makes {@code kehoach validate} fail (exit 1); {@link #NEVER} never does. */
public enum FailOn {
    ERROR, WARNING, NEVER;

    /** Whether a finding of this severity is at or above the level. */
    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity == Severity.ERROR || severity == Severity.WARNING;
            case NEVER -> false;
        };
    }
}
