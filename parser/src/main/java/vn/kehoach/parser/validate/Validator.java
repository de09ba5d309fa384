package vn.kehoach.parser.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.kehoach.model.Diagnostic;

/**
 * Stage 7: runs the enabled rules of {@link Rules#ALL} over one document and returns their findings in
 * document order (whole-document findings first), with configured severities applied. Thread-safe.
 */
public final class Validator {
    private static final Comparator<Integer> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    /** Document order: line, column, then code, so output is stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::line, NULLS_FIRST)
            .thenComparing(Diagnostic::column, NULLS_FIRST).thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    private final RuleConfig config;
    private final Messages messages;

    public Validator(RuleConfig config, Locale locale) {
        this.config = Objects.requireNonNull(config, "config");
        this.messages = new Messages(Objects.requireNonNull(locale, "locale"));
    }

    public List<Diagnostic> validate(RuleContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : Rules.ALL) {
            if (!config.enabled(rule.code())) {
                continue;
            }
            Findings findings = new Findings(rule, messages);
            rule.check(context, findings);
            for (Diagnostic d : findings.found()) {
                out.add(new Diagnostic(d.code(), config.severity(d.code(), d.severity()), d.message(), d.line(),
                        d.column(), d.excerpt()));
            }
        }
        out.sort(ORDER);
        return List.copyOf(out.stream().distinct().toList());
    }
}
