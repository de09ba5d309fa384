package vn.kehoach.parser.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.validate.rule.AgencyDefunctRule;
import vn.kehoach.parser.validate.rule.AppendixMissingRule;
import vn.kehoach.parser.validate.rule.AppendixNumberingRule;
import vn.kehoach.parser.validate.rule.AppendixRefMismatchRule;
import vn.kehoach.parser.validate.rule.AppendixUnreferencedRule;
import vn.kehoach.parser.validate.rule.CitationTypeMismatchRule;
import vn.kehoach.parser.validate.rule.DateInvalidRule;
import vn.kehoach.parser.validate.rule.DecisionFormRule;
import vn.kehoach.parser.validate.rule.DeadlineOutsidePeriodRule;
import vn.kehoach.parser.validate.rule.DeadlineUnparsedRule;
import vn.kehoach.parser.validate.rule.HeaderMissingRule;
import vn.kehoach.parser.validate.rule.IssueDateFormRule;
import vn.kehoach.parser.validate.rule.IssuedAfterPeriodRule;
import vn.kehoach.parser.validate.rule.KeywordMisspeltRule;
import vn.kehoach.parser.validate.rule.LeadAlsoCooperatingRule;
import vn.kehoach.parser.validate.rule.LegalBasisAfterIssueRule;
import vn.kehoach.parser.validate.rule.MottoFormRule;
import vn.kehoach.parser.validate.rule.NumberingGapRule;
import vn.kehoach.parser.validate.rule.PeriodInvalidRule;
import vn.kehoach.parser.validate.rule.PeriodMismatchRule;
import vn.kehoach.parser.validate.rule.PointLetterInvalidRule;
import vn.kehoach.parser.validate.rule.RecipientsFormRule;
import vn.kehoach.parser.validate.rule.RecipientsMissingRule;
import vn.kehoach.parser.validate.rule.SignatureMissingRule;
import vn.kehoach.parser.validate.rule.SigningAuthorityRule;
import vn.kehoach.parser.validate.rule.SymbolFormRule;
import vn.kehoach.parser.validate.rule.SymbolTypeMismatchRule;
import vn.kehoach.parser.validate.rule.TargetDecreasingRule;
import vn.kehoach.parser.validate.rule.TargetOutOfRangeRule;
import vn.kehoach.parser.validate.rule.TaskDuplicateRule;
import vn.kehoach.parser.validate.rule.TaskNoDeadlineRule;
import vn.kehoach.parser.validate.rule.TaskNoLeadRule;
import vn.kehoach.parser.validate.rule.TypeCodeObsoleteRule;
import vn.kehoach.parser.validate.rule.XrefMissingRule;
import vn.kehoach.parser.validate.rule.YearImplausibleRule;

/**
 * The registry: every rule the validator knows, in the order docs/rules.md lists them. A rule not listed here
 * does not exist; a test checks that every class implementing {@link Rule} is.
 */
public final class Rules {
    /** Every rule, grouped as the documentation is: header and form, dates, structure, plan content. */
    public static final List<Rule> ALL = List.of(
            // Header and form (thể thức)
            new HeaderMissingRule(),
            new SignatureMissingRule(),
            new RecipientsMissingRule(),
            new MottoFormRule(),
            new SymbolFormRule(),
            new SymbolTypeMismatchRule(),
            new TypeCodeObsoleteRule(),
            new SigningAuthorityRule(),
            new RecipientsFormRule(),
            new DecisionFormRule(),
            // Dates and years
            new DateInvalidRule(),
            new YearImplausibleRule(),
            new IssueDateFormRule(),
            // Structure (numbering, outline, appendices)
            new NumberingGapRule(),
            new PointLetterInvalidRule(),
            new AppendixMissingRule(),
            new AppendixUnreferencedRule(),
            new AppendixNumberingRule(),
            new AppendixRefMismatchRule(),
            // Tasks, deadlines, targets and periods
            new DeadlineUnparsedRule(),
            new DeadlineOutsidePeriodRule(),
            new TaskNoLeadRule(),
            new TaskNoDeadlineRule(),
            new LeadAlsoCooperatingRule(),
            new TaskDuplicateRule(),
            new TargetOutOfRangeRule(),
            new TargetDecreasingRule(),
            new PeriodMismatchRule(),
            new PeriodInvalidRule(),
            new IssuedAfterPeriodRule(),
            new AgencyDefunctRule(),
            // Citations
            new LegalBasisAfterIssueRule(),
            new CitationTypeMismatchRule(),
            new XrefMissingRule(),
            // Text
            new KeywordMisspeltRule());

    private Rules() {
    }

    /** The rule with this code (exact, upper case). */
    public static Optional<Rule> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** " (did you mean X?)" for the closest known code, or "" when none is close. */
    static String suggest(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (byCode(upper).isPresent()) {
            return " (did you mean " + upper + "?)";
        }
        return ALL.stream().map(Rule::code)
                .min(Comparator.comparingInt(c -> distance(c, upper)))
                .filter(c -> distance(c, upper) <= Math.max(2, upper.length() / 4))
                .map(c -> " (did you mean " + c + "?)").orElse("");
    }

    private static int distance(String a, String b) {
        return org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
