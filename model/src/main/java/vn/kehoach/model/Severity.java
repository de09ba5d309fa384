package vn.kehoach.model;

/** Severities, most serious first. */
public enum Severity {
    ERROR, WARNING, INFO
}
