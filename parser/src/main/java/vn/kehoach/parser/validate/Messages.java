package vn.kehoach.parser.validate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized texts from a resource bundle of MessageFormat patterns: the diagnostic messages ({@code messages},
 * English default, Vietnamese) or another bundle of the same shape, such as the words of a report.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    /** The diagnostic messages in this language. */
    public Messages(Locale locale) {
        this("vn.kehoach.parser.messages", locale);
    }

    /** The texts of the properties bundle {@code baseName} ("vn.kehoach.cli.report.words") in this language. */
    public Messages(String baseName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message for a key, formatted with the arguments; the key itself when the bundle lacks it. */
    public String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
