/**
 * The reports of {@code kehoach validate}: a {@link vn.kehoach.cli.report.ValidationReport} written whole by the
 * {@link vn.kehoach.cli.report.Reporter} of a {@link vn.kehoach.cli.report.Format} (text, JSON, SARIF 2.1.0,
 * JUnit XML, GitHub Actions workflow commands).
 */
package vn.kehoach.cli.report;
