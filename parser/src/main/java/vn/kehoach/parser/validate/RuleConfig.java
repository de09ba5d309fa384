package vn.kehoach.parser.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.kehoach.model.Severity;

/**
 * Which rules run and at what severity. Codes are checked against {@link Rules#ALL}: an unknown code is an
 * {@link IllegalArgumentException} naming it, so a typo in a configuration never silently disables nothing.
 *
 * @param disabled codes of rules that do not run
 * @param severities severities that replace a rule's own for every finding of its code
 */
public record RuleConfig(Set<String> disabled, Map<String, Severity> severities) {
    /** Every rule on, at its own severity. */
    public static final RuleConfig DEFAULTS = new RuleConfig(Set.of(), Map.of());

    public RuleConfig {
        disabled = Set.copyOf(new TreeSet<>(disabled));
        severities = Map.copyOf(new LinkedHashMap<>(severities));
        for (String code : disabled) {
            requireKnown(code);
        }
        for (String code : severities.keySet()) {
            requireKnown(code);
        }
    }

    /** Whether the rule with this code runs. */
    public boolean enabled(String code) {
        return !disabled.contains(code);
    }

    /** The severity a finding of {@code code} is reported with. */
    public Severity severity(String code, Severity found) {
        return severities.getOrDefault(code, found);
    }

    /** This configuration with {@code other}'s settings added on top (its severities win). */
    public RuleConfig with(RuleConfig other) {
        Set<String> off = new TreeSet<>(disabled);
        off.addAll(other.disabled);
        Map<String, Severity> sev = new LinkedHashMap<>(severities);
        sev.putAll(other.severities);
        return new RuleConfig(off, sev);
    }

    private static void requireKnown(String code) {
        if (Rules.byCode(code).isEmpty()) {
            throw new IllegalArgumentException("unknown rule code '" + code + "'" + Rules.suggest(code)
                    + " (the codes are listed by 'kehoach rules')");
        }
    }
}
