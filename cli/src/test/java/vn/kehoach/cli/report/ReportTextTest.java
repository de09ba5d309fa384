package vn.kehoach.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Severity;

class ReportTextTest {

    @Test
    void summaryCountsInEnglishWithPluralsAndInfoOnlyWhenThereIsSome() {
        ReportText en = new ReportText(Locale.ENGLISH);

        assertThat(en.summary(new Counts(3, 2, 0), 4)).isEqualTo("3 errors, 2 warnings in 4 files");
        assertThat(en.summary(new Counts(1, 1, 1), 1)).isEqualTo("1 error, 1 warning, 1 info in 1 file");
        assertThat(en.summary(Counts.NONE, 0)).isEqualTo("0 errors, 0 warnings in 0 files");
        assertThat(en.summary(new Counts(1200, 0, 0), 1000)).isEqualTo("1200 errors, 0 warnings in 1000 files");
    }

    @Test
    void summaryInVietnamese() {
        ReportText vi = new ReportText(Locale.forLanguageTag("vi"));

        assertThat(vi.summary(new Counts(3, 2, 1), 4)).isEqualTo("3 lỗi, 2 cảnh báo, 1 thông tin trong 4 tệp");
        assertThat(vi.severity(Severity.WARNING)).isEqualTo("cảnh báo");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("words_vi.properties")).isEqualTo(keys("words.properties"));
    }

    private static java.util.Set<Object> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p.keySet();
    }
}
