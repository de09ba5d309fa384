package vn.kehoach.parser.validate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The documentation of every rule of {@link Rules#ALL}: code, default severity, what it checks, an example that
 * triggers it, and its source. docs/rules.md is {@link #markdown()} in English (a test keeps it so), and
 * {@code kehoach rules} prints the same table.
 */
public final class RuleTable {
    private final Messages messages;
    private final Locale locale;

    public RuleTable(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = new Messages(locale);
    }

    /** One rule's row. */
    public record Row(String code, String severity, String summary, String example, String source) {
    }

    public List<Row> rows() {
        return Rules.ALL.stream().map(r -> new Row(r.code(), r.severity().name(),
                messages.get("rule." + r.code() + ".summary"), messages.get("rule." + r.code() + ".example"),
                r.source())).toList();
    }

    /** The table as a Markdown document. */
    public String markdown() {
        boolean vi = locale.getLanguage().equals("vi");
        StringBuilder sb = new StringBuilder();
        sb.append(vi ? "# Quy tắc kiểm tra\n\n" : "# Validation rules\n\n");
        sb.append(vi
                ? "Do `kehoach rules --lang vi` sinh ra từ danh mục quy tắc; đừng sửa tay.\n\n"
                : "Generated from the rule registry (`Rules.ALL`) by `kehoach rules`; do not edit by hand. A test"
                        + " fails when this file and the registry differ.\n\n"
                        + "Severities are defaults: `--severity CODE=error|warning|info` changes them and `--disable"
                        + " CODE` turns a rule off (see README, \"kehoach validate\"). Sources: NĐ 30/2020 = Nghị"
                        + " định 30/2020/NĐ-CP (Phụ lục I, II, III); TT 01/2011 = Thông tư 01/2011/TT-BNV, applied to"
                        + " documents issued before 5 March 2020; the IDs (FORM-001, ...) are those of"
                        + " shared/domain/vn-document-rules.md.\n\n");
        sb.append(vi ? "| mã | mức mặc định | kiểm tra | ví dụ | nguồn |\n"
                : "| code | default severity | what it checks | example that triggers it | source |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Row r : rows()) {
            sb.append("| `").append(r.code()).append("` | ").append(r.severity()).append(" | ")
                    .append(cell(r.summary())).append(" | ").append(cell(r.example())).append(" | ")
                    .append(cell(r.source())).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
