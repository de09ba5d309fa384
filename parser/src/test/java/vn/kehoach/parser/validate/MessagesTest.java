package vn.kehoach.parser.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message bundles: no key defined twice (the later one would win silently), the same keys in both languages. */
class MessagesTest {

    private static List<String> keys(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            List<String> keys = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
            return keys;
        }
    }

    @Test
    void eachKeyIsDefinedOnceAndInBothLanguages() throws IOException {
        List<String> en = keys("/vn/kehoach/parser/messages.properties");
        List<String> vi = keys("/vn/kehoach/parser/messages_vi.properties");
        assertThat(en).doesNotHaveDuplicates();
        assertThat(vi).doesNotHaveDuplicates();
        assertThat(vi).containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() throws IOException {
        for (String resource : new String[] {"/vn/kehoach/parser/messages.properties",
            "/vn/kehoach/parser/messages_vi.properties"}) {
            try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        assertThat(line.replace("''", "")).as("a lone ' is dropped by MessageFormat: %s", line)
                                .doesNotContain("'");
                    }
                }
            }
        }
    }

    @Test
    void messagesAreFormattedInTheChosenLanguage() {
        assertThat(new Messages(java.util.Locale.ENGLISH).get("DATE_INVALID", "31/9/2013")).contains("31/9/2013");
        assertThat(new Messages(java.util.Locale.forLanguageTag("vi")).get("DATE_INVALID", "31/9/2013"))
                .startsWith("Ngày 31/9/2013");
    }
}
