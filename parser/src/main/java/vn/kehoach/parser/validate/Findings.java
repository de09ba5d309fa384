package vn.kehoach.parser.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.Severity;

/**
 * Collects the findings of one rule on one document, with their messages. The message key is the rule's code,
 * or {@code CODE.variant} for a variant; its arguments are {@link java.text.MessageFormat} arguments.
 */
public final class Findings {
    private final Rule rule;
    private final Messages messages;
    private final List<Diagnostic> found = new ArrayList<>();

    Findings(Rule rule, Messages messages) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** A finding with the rule's severity and message. */
    public void report(Position at, String excerpt, Object... args) {
        report(null, null, at, excerpt, args);
    }

    /**
     * A finding of one variant of the rule.
     *
     * @param variant the message variant ({@code CODE.variant}), or null for the plain message
     * @param severity the severity of this variant, or null for the rule's
     */
    public void report(String variant, Severity severity, Position at, String excerpt, Object... args) {
        String key = variant == null ? rule.code() : rule.code() + "." + variant;
        found.add(new Diagnostic(rule.code(), severity == null ? rule.severity() : severity,
                messages.get(key, args), at.line(), at.column(), excerpt));
    }

    List<Diagnostic> found() {
        return List.copyOf(found);
    }
}
