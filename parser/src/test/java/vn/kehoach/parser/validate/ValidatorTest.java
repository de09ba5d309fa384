package vn.kehoach.parser.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.ParsedPlan;
import vn.kehoach.parser.PlanParser;

/** Configuration is applied to findings; the library exposes source lines; regime and family are chosen right. */
class ValidatorTest {
    private static final String PLAN = String.join("\n",
            "ỦY BAN NHÂN DÂN", "TỈNH SƠN HÀ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "", "Sơn Hà, ngày 05 tháng 3 năm 2025", "", "KẾ HOẠCH",
            "Rà soát thủ tục hành chính năm 2025", "",
            "1. Hoàn thành rà soát trước ngày 31/9/2025.");

    private static List<Diagnostic> run(RuleConfig config) {
        return PlanParser.builder().rules(config).build().parse(PLAN).diagnostics();
    }

    @Test
    void defaultsReportEveryRuleAtItsOwnSeverity() {
        assertThat(run(RuleConfig.DEFAULTS)).extracting(Diagnostic::code, Diagnostic::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("DATE_INVALID", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("HEADER_MISSING", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("RECIPIENTS_MISSING", Severity.WARNING));
    }

    @Test
    void aDisabledRuleIsSilentAndASeverityOverrideAppliesToEveryFinding() {
        List<Diagnostic> found = run(new RuleConfig(Set.of("HEADER_MISSING"),
                Map.of("DATE_INVALID", Severity.INFO)));
        assertThat(found).noneMatch(d -> d.code().equals("HEADER_MISSING"));
        assertThat(found).filteredOn(d -> d.code().equals("DATE_INVALID")).isNotEmpty()
                .allMatch(d -> d.severity() == Severity.INFO);
    }

    @Test
    void findingsComeInDocumentOrderWithWholeDocumentFindingsFirst() {
        List<Diagnostic> found = run(RuleConfig.DEFAULTS);
        assertThat(found).isSortedAccordingTo(Validator.ORDER);
        assertThat(found.get(0).line()).isNull();
    }

    @Test
    void configurationsCombineTheLaterWinning() {
        RuleConfig file = new RuleConfig(Set.of("TASK_NO_LEAD"), Map.of("DATE_INVALID", Severity.WARNING));
        RuleConfig cli = new RuleConfig(Set.of("TASK_DUPLICATE"), Map.of("DATE_INVALID", Severity.INFO));
        RuleConfig both = file.with(cli);
        assertThat(both.disabled()).containsExactlyInAnyOrder("TASK_NO_LEAD", "TASK_DUPLICATE");
        assertThat(both.severity("DATE_INVALID", Severity.ERROR)).isEqualTo(Severity.INFO);
        assertThat(both.severity("YEAR_IMPLAUSIBLE", Severity.ERROR)).isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> new RuleConfig(Set.of(), Map.of("NOPE", Severity.INFO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NOPE'");
    }

    @Test
    void messagesFollowTheChosenLanguage() {
        List<Diagnostic> vi = PlanParser.builder().messageLocale(Locale.forLanguageTag("vi")).build().parse(PLAN)
                .diagnostics();
        assertThat(vi).filteredOn(d -> d.code().equals("DATE_INVALID")).extracting(Diagnostic::message)
                .containsExactly("Ngày 31/9/2025 không có trong lịch.");
    }

    @Test
    void theParsedPlanKeepsTheSourceLinesThatFindingsPointAt() {
        ParsedPlan parsed = PlanParser.builder().build().read(PLAN);
        Diagnostic d = parsed.document().diagnostics().stream().filter(x -> x.code().equals("DATE_INVALID"))
                .findFirst().orElseThrow();
        String line = parsed.sourceLine(d.line()).orElseThrow();
        assertThat(line.substring(d.column() - 1)).startsWith("31/9/2025");
        assertThat(parsed.sourceLine(0)).isEmpty();
        assertThat(parsed.sourceLine(10_000)).isEmpty();
    }

    @Test
    void theRegimeChangesOnTheDayNd30TookEffect() {
        assertThat(Regime.on(LocalDate.of(2020, 3, 4))).isEqualTo(Regime.TT01);
        assertThat(Regime.on(LocalDate.of(2020, 3, 5))).isEqualTo(Regime.ND30);
        assertThat(Regime.on(null)).isEqualTo(Regime.ND30);
    }

    @Test
    void aPartyHeaderOrAPartySymbolMakesAPartyDocument() {
        PlanParser p = PlanParser.builder().build();
        String party = String.join("\n", "TỈNH ỦY SƠN HÀ", "*", "Số 45-KH/TU", "",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "", "Sơn Hà, ngày 05 tháng 3 năm 2025", "", "KẾ HOẠCH",
                "Thực hiện Nghị quyết số 57-NQ/TW", "", "1. Quán triệt Nghị quyết.");
        assertThat(p.parse(party).diagnostics()).noneMatch(d -> d.message().contains("CỘNG HÒA"));
        assertThat(p.parse(PLAN).diagnostics()).noneMatch(d -> d.message().contains("ĐẢNG CỘNG SẢN"));
    }
}
