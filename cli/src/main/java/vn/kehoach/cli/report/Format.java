package vn.kehoach.cli.report;

/** The formats of {@code kehoach validate --format}. */
public enum Format {
    /** {@code file:line:col: error[CODE] message}, the source line and a caret; for people. */
    TEXT,
    /** One JSON document: files, their diagnostics and counts (README, "kehoach validate"). */
    JSON,
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF,
    /** JUnit XML: one test suite per document, one test case per rule; for GitLab, Jenkins and the like. */
    JUNIT,
    /** GitHub Actions workflow commands ({@code ::error file=...::message}), annotations on a pull request. */
    GITHUB;

    /** The reporter of this format; {@code color} matters to {@link #TEXT} only. */
    public Reporter reporter(boolean color) {
        return switch (this) {
            case TEXT -> new TextReporter(color);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case JUNIT -> new JUnitReporter();
            case GITHUB -> new GitHubReporter();
        };
    }
}
