package vn.kehoach.parser.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kehoach.parser.Repo;

/** docs/rules.md is the registry's table, and the registry is complete and consistent. */
class RuleTableTest {

    @Test
    void docsRulesMdIsGeneratedFromTheRegistry() throws IOException {
        Path doc = Repo.root().resolve("docs/rules.md");
        String expected = new RuleTable(Locale.ENGLISH).markdown();
        if (Boolean.getBoolean("rules.update")) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: run mvn -pl parser -am test -Dtest=RuleTableTest -Drules.update"
                        + " -Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(expected);
    }

    @Test
    void everyRuleHasAUniqueCodeASourceAndDocumentationInBothLanguages() {
        Set<String> codes = new HashSet<>();
        for (Rule r : Rules.ALL) {
            assertThat(codes.add(r.code())).as("duplicate code %s", r.code()).isTrue();
            assertThat(r.code()).matches("[A-Z][A-Z_]+[A-Z]");
            assertThat(r.source()).isNotBlank();
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}) {
                Messages m = new Messages(l);
                for (String key : new String[] {"rule." + r.code() + ".summary", "rule." + r.code() + ".example"}) {
                    assertThat(m.get(key)).as("%s in %s", key, l).isNotEqualTo(key).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyRuleClassIsRegistered() throws IOException {
        Path dir = Repo.root().resolve("parser/src/main/java/vn/kehoach/parser/validate/rule");
        Set<String> registered = new HashSet<>();
        Rules.ALL.forEach(r -> registered.add(r.getClass().getSimpleName()));
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Rule.java") && !n.equals("BaseRule.java"))
                    .forEach(n -> assertThat(registered).as("%s is not in Rules.ALL", n)
                            .contains(n.substring(0, n.length() - 5)));
        }
    }

    @Test
    void anUnknownCodeInAConfigurationIsRefusedWithASuggestion() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RuleConfig(Set.of("DATE_INVALD"), java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATE_INVALD").hasMessageContaining("did you mean DATE_INVALID?");
    }
}
