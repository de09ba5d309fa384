package vn.kehoach.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.Messages;

/** The localized words of the text report and the summary line, from the {@code words} bundles (English, Vietnamese). */
public final class ReportText {
    private final Messages words;

    public ReportText(Locale locale) {
        this.words = new Messages("vn.kehoach.cli.report.words", locale);
    }

    /** "error", "warning", "info" (lỗi, cảnh báo, thông tin). */
    public String severity(Severity severity) {
        return words.get("severity." + severity.name());
    }

    /** "3 errors, 2 warnings in 4 files"; the info count only when there are some. */
    public String summary(Counts counts, int files) {
        List<String> parts = new ArrayList<>(List.of(count("count.error", counts.error()),
                count("count.warning", counts.warning())));
        if (counts.info() > 0) {
            parts.add(count("count.info", counts.info()));
        }
        return format("summary", String.join(", ", parts), count("count.files", files));
    }

    /** "Example: {@code text}" (Ví dụ: ...), a rule's example in a rule description. */
    public String ruleExample(String text) {
        return format("rule.example", text);
    }

    /** "Source: {@code text}" (Nguồn: ...), a rule's legal source in a rule description. */
    public String ruleSource(String text) {
        return format("rule.source", text);
    }

    /** A count is written without grouping separators, whatever the locale: "1200 errors". */
    private String count(String key, int n) {
        return format(key, n, Integer.toString(n));
    }

    private String format(String key, Object... args) {
        return words.get(key, args);
    }
}
