package vn.kehoach.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Diagnostic;

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into annotations:
 * {@code ::error file=plans/a.txt,line=13,col=43,title=DATE_INVALID::The date 31/9/2013 ...}.
 *
 * <p>ERROR is {@code ::error}, WARNING {@code ::warning}, INFO {@code ::notice}. {@code file} is relative to the
 * working directory (run kehoach from the repository's root), left out for standard input; {@code line} and
 * {@code col} are left out when unknown. As GitHub's toolkit does, {@code %}, CR and LF are escaped in the message,
 * and also {@code :} and {@code ,} in the properties.
 */
final class GitHubReporter implements Reporter {

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        for (CheckedFile file : report.files()) {
            for (Finding f : file.findings()) {
                out.write(command(f.diagnostic(), file.source()) + "\n");
            }
        }
    }

    static String command(Diagnostic d, Source source) {
        List<String> properties = new ArrayList<>();
        if (!source.isStdin()) {
            properties.add("file=" + property(source.relativePath()));
        }
        if (d.line() != null) {
            properties.add("line=" + d.line());
            if (d.column() != null) {
                properties.add("col=" + d.column());
            }
        }
        properties.add("title=" + property(d.code()));
        String command = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        return "::" + command + " " + String.join(",", properties) + "::" + data(d.message());
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
