package vn.kehoach.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.Severity;

class GitHubReporterTest {

    @Test
    void escapesPercentAndLineBreaksInTheMessage() {
        assertThat(GitHubReporter.data("50% done\r\nnext: a, b")).isEqualTo("50%25 done%0D%0Anext: a, b");
    }

    @Test
    void escapesColonsAndCommasInProperties() {
        assertThat(GitHubReporter.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    }

    @Test
    void leavesOutFileForStandardInputAndColumnWhenUnknown() {
        Diagnostic d = new Diagnostic("DATE_INVALID", Severity.ERROR, "line one\nline two", 7, null, null);

        assertThat(GitHubReporter.command(d, Source.stdin()))
                .isEqualTo("::error line=7,title=DATE_INVALID::line one%0Aline two");
    }
}
