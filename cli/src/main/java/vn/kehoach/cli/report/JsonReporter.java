package vn.kehoach.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import vn.kehoach.cli.VersionProvider;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.PlanJson;

/**
 * One JSON document, indented, for scripts:
 *
 * <pre>{@code
 * {"tool": "kehoach", "version": "0.1.0", "failOn": "error", "failed": true,
 *  "counts": {"files": 2, "unreadable": 1, "error": 1, "warning": 1, "info": 0},
 *  "files": [{"path": "plans/a.txt", "counts": {"error": 1, "warning": 1, "info": 0},
 *             "diagnostics": [{"code": "DATE_INVALID", "severity": "ERROR", "message": "...",
 *                              "line": 13, "column": 43, "excerpt": "31/9/2013"}]}],
 *  "unreadable": [{"path": "plans/b.pdf", "reason": "is empty"}]}
 * }</pre>
 *
 * <p>Diagnostics are the objects of the plan JSON contract (plan-json-v1, {@code diagnostics[]}): no {@code line}
 * for a whole-document finding, no {@code column} when unknown. Files are in input order, diagnostics in document
 * order; {@code failed} says whether a finding is at or above {@code failOn}.
 */
final class JsonReporter implements Reporter {

    record Report(String tool, String version, String failOn, boolean failed, Totals counts, List<FileEntry> files,
            List<Unreadable> unreadable) {
    }

    record Totals(int files, int unreadable, int error, int warning, int info) {
    }

    record FileEntry(String path, Counts counts, List<Diagnostic> diagnostics) {
    }

    record Unreadable(String path, String reason) {
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        Counts all = report.counts();
        Report json = new Report("kehoach", VersionProvider.version(),
                report.failOn().name().toLowerCase(Locale.ROOT), report.failed(),
                new Totals(report.files().size(), report.unreadable().size(), all.error(), all.warning(),
                        all.info()),
                report.files().stream().map(f -> new FileEntry(f.source().path(), f.counts(),
                        f.findings().stream().map(Finding::diagnostic).toList())).toList(),
                report.unreadable().stream().map(u -> new Unreadable(u.source().path(), u.reason())).toList());
        out.write(PlanJson.writePretty(json));
    }
}
