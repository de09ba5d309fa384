package vn.kehoach.cli.report;

import java.io.IOException;
import java.io.Writer;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.Severity;

/**
 * The report for people, one finding after another:
 *
 * <pre>
 * plans/a.txt:13:43: error[DATE_INVALID] The date 31/9/2013 does not exist in the calendar.
 *    13 | 2. Sở Nội vụ tổng hợp, báo cáo trước ngày 31/9/2013.
 *       |                                           ^^^^^^^^^
 * plans/a.txt: warning[RECIPIENTS_MISSING] No "Nơi nhận" (recipients) block was found.
 * </pre>
 *
 * <p>{@code :col} is left out when the finding has no column, {@code :line:col} when it concerns the whole
 * document. The source line follows when it is known, with carets under the excerpt (under the column when the
 * excerpt is not found there, or under the excerpt's first occurrence when there is no column). A line longer than
 * {@value #WIDTH} characters is cut around the caret, with "…" where text was left out. Words (error, warning) are
 * in the report's language. With {@code color}, ANSI colours mark the location, the severity and the carets.
 */
final class TextReporter implements Reporter {
    static final int WIDTH = 120;
    /** Characters kept before the caret when a long line is cut. */
    private static final int LEAD = 40;
    private static final String ELLIPSIS = "…";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean color;

    TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        ReportText words = new ReportText(report.locale());
        for (CheckedFile file : report.files()) {
            for (Finding finding : file.findings()) {
                write(file.source(), finding, words, out);
            }
        }
    }

    private void write(Source source, Finding finding, ReportText words, Writer out) throws IOException {
        Diagnostic d = finding.diagnostic();
        String position = finding.position();
        String location = source.path() + (position.isEmpty() ? "" : ":" + position) + ":";
        String label = words.severity(d.severity()) + "[" + d.code() + "]";
        out.write(paint(BOLD, location) + " " + paint(BOLD + colour(d.severity()), label) + " "
                + d.message().replaceAll("[\\r\\n]+", " ") + "\n");
        if (d.line() != null && finding.sourceLine() != null) {
            snippet(d, finding.sourceLine(), out);
        }
    }

    /** The source line under a gutter with its number, and the carets. */
    private void snippet(Diagnostic d, String line, Writer out) throws IOException {
        String number = String.format("%5d", d.line());
        String gutter = " ".repeat(number.length()) + " | ";
        int at = -1;
        int length = 0;
        String excerpt = d.excerpt() == null || d.excerpt().isEmpty() ? null : d.excerpt();
        if (d.column() != null) {
            at = Math.min(Math.max(d.column() - 1, 0), line.length());
            length = excerpt != null && line.startsWith(excerpt, at) ? excerpt.length() : 1;
        } else if (excerpt != null && line.contains(excerpt)) {
            at = line.indexOf(excerpt);
            length = excerpt.length();
        }
        int start = line.length() <= WIDTH || at < 0 ? 0 : Math.max(0, Math.min(at - LEAD, line.length() - WIDTH));
        int end = Math.min(line.length(), start + WIDTH);
        String lead = start > 0 ? ELLIPSIS : "";
        out.write(number + " | " + lead + line.substring(start, end) + (end < line.length() ? ELLIPSIS : "")
                + "\n");
        if (at >= 0) {
            int shown = Math.max(1, Math.min(length, end - at));
            out.write(gutter + " ".repeat(lead.length()) + padding(line.substring(start, at))
                    + paint(colour(d.severity()), "^".repeat(shown)) + "\n");
        }
    }

    /** Blanks as wide as {@code text} on a terminal: tabs kept, combining marks and low surrogates take no room. */
    private static String padding(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '\t') {
                sb.append('\t');
            } else if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && !Character.isLowSurrogate(c)) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
    }

    private String paint(String style, String text) {
        return color ? style + text + RESET : text;
    }
}
