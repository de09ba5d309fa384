package vn.kehoach.cli.options;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.kehoach.cli.config.ConfigException;
import vn.kehoach.cli.config.Language;
import vn.kehoach.cli.config.Settings;

/** {@code --lang vi|en}: the language of diagnostic messages and report words. */
public final class LanguageOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG",
            description = {"The language of messages and report words: vi (Vietnamese) or en (English). Default: vi "
                    + "when the system's language is Vietnamese, else en.",
                    "Example: --lang vi"})
    private String lang;

    /**
     * The language given, if any.
     *
     * @throws ParameterException when it is neither vi nor en
     */
    public Optional<Language> language() {
        if (lang == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Settings.choice(Language.class, lang, "--lang"));
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
