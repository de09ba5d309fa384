package vn.kehoach.parser.validate;

import vn.kehoach.model.Severity;

/**
 * One check of the validator. A rule is stateless: everything it reads comes in the {@link RuleContext} and
 * everything it finds goes to the {@link Findings}, so one instance serves every document and thread.
 *
 * <p>A rule owns one stable diagnostic {@link #code()}; its messages ({@code CODE} or {@code CODE.variant}),
 * its one-line summary ({@code rule.CODE.summary}) and an example that triggers it ({@code rule.CODE.example})
 * live in the {@code messages} resource bundles, in English and Vietnamese. Every rule is listed in
 * {@link Rules#ALL}; docs/rules.md is generated from that list.
 */
public interface Rule {
    /** The stable diagnostic code ("DATE_INVALID"); never renamed or reused. */
    String code();

    /** The severity of its findings unless configured otherwise (a variant may say less, never more). */
    Severity severity();

    /** Where the rule comes from: the article of the regulation, or "heuristic". */
    String source();

    /** Checks one document; must not keep state between calls. */
    void check(RuleContext context, Findings findings);
}
