package vn.kehoach.cli.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.kehoach.cli.report.FailOn;
import vn.kehoach.cli.report.Format;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.RuleConfig;

/**
 * What {@code kehoach validate} is told, from one place (the command line or a configuration file); null means
 * not said there.
 *
 * @param disabled codes of rules turned off
 * @param severities severities that replace rules' own
 * @param failOn the least severity that fails the run
 * @param language the language of messages and report words
 * @param format the report format
 */
public record Settings(Set<String> disabled, Map<String, Severity> severities, FailOn failOn, Language language,
        Format format) {
    /** Nothing said. */
    public static final Settings NONE = new Settings(Set.of(), Map.of(), null, null, null);

    public Settings {
        disabled = Set.copyOf(new TreeSet<>(disabled));
        severities = Map.copyOf(new LinkedHashMap<>(severities));
    }

    /**
     * These settings laid over {@code base}: the rules off are those of both; a severity, the fail-on level, the
     * language and the format said here win over {@code base}'s.
     */
    public Settings over(Settings base) {
        Set<String> off = new TreeSet<>(base.disabled);
        off.addAll(disabled);
        Map<String, Severity> sev = new LinkedHashMap<>(base.severities);
        sev.putAll(severities);
        return new Settings(off, sev, failOn != null ? failOn : base.failOn,
                language != null ? language : base.language, format != null ? format : base.format);
    }

    /** The rule configuration for the parser. */
    public RuleConfig rules() {
        return new RuleConfig(disabled, severities);
    }

    /**
     * The constant of {@code type} whose lower-case name is {@code value} ("error" is {@code Severity.ERROR}).
     *
     * @param where what the message names, {@code --fail-on} or {@code .kehoach.yml: failOn}
     * @throws ConfigException naming the value and the choices
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String where) throws ConfigException {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(value)) {
                return e;
            }
        }
        throw new ConfigException(where + ": '" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Settings::name).collect(Collectors.joining(", ")));
    }

    /**
     * {@code code} if the registry has a rule of that code.
     *
     * @throws ConfigException naming the code, with the nearest known one
     */
    public static String code(String code, String where) throws ConfigException {
        try {
            new RuleConfig(Set.of(code), Map.of());
            return code;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }

    /** The lower-case name of a constant, as settings spell it. */
    public static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
