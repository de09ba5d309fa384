package vn.kehoach.parser.validate.rule;

import java.util.Objects;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.validate.Rule;

/** The code, severity and source every rule declares; subclasses add only their check. */
abstract class BaseRule implements Rule {
    private final String code;
    private final Severity severity;
    private final String source;

    BaseRule(String code, Severity severity, String source) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public String toString() {
        return code;
    }
}
