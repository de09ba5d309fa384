package vn.kehoach.parser.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.Repo;
import vn.kehoach.parser.spec.SpecExamples;

/**
 * The failing and passing fixtures of every rule, in {@code spec/rules/CODE.md}. An example's input is a whole
 * document ({@code text:} then the text), or a document of the repository ({@code base: path}, from the root)
 * changed by replacements: lines {@code - old} then lines {@code + new}, hunks separated by {@code @@}; each
 * old text must occur exactly once. The expected part is {@code pass}: the file's code is not raised and
 * nothing is an ERROR; or lines {@code CODE [SEVERITY] [at LINE[:COLUMN]]}, each matched by a finding, the
 * file's code among them.
 */
class RuleSpecTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final Pattern EXPECT = Pattern.compile(
            "([A-Z_]+)(?:\\s+(ERROR|WARNING|INFO))?(?:\\s+at\\s+(\\d+)(?::(\\d+))?)?");

    static Stream<Arguments> examples() {
        return Rules.ALL.stream().flatMap(r -> SpecExamples.arguments("rules/" + r.code() + ".md"));
    }

    @Test
    void everyRuleHasAFailingAndAPassingFixture() {
        for (Rule rule : Rules.ALL) {
            List<SpecExamples.Example> examples = SpecExamples.read("rules/" + rule.code() + ".md");
            assertThat(examples).as(rule.code()).anyMatch(e -> e.expected().strip().equals("pass"));
            assertThat(examples).as(rule.code()).anyMatch(e -> !e.expected().strip().equals("pass"));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example(SpecExamples.Example example) {
        String code = example.file().substring("rules/".length(), example.file().length() - ".md".length());
        List<Diagnostic> found = PARSER.parse(document(example.input())).diagnostics();
        String seen = String.join("\n", found.stream().map(RuleSpecTest::print).toList());
        if (example.expected().strip().equals("pass")) {
            assertThat(found).as("%s: %s must not be raised, nor any ERROR; found:%n%s", example, code, seen)
                    .noneMatch(d -> d.code().equals(code) || d.severity() == Severity.ERROR);
            return;
        }
        boolean mentionsCode = false;
        for (String line : example.expected().split("\n")) {
            Matcher m = EXPECT.matcher(line.strip());
            assertThat(m.matches()).as("%s: bad expectation '%s'", example, line).isTrue();
            mentionsCode |= m.group(1).equals(code);
            assertThat(found).as("%s: expected %s; found:%n%s", example, line.strip(), seen).anyMatch(d ->
                    d.code().equals(m.group(1))
                    && (m.group(2) == null || d.severity().name().equals(m.group(2)))
                    && (m.group(3) == null || d.line() != null && d.line() == Integer.parseInt(m.group(3)))
                    && (m.group(4) == null || d.column() != null && d.column() == Integer.parseInt(m.group(4))));
        }
        assertThat(mentionsCode).as("%s: a failing example must expect %s", example, code).isTrue();
    }

    /** The document an example's input describes. */
    static String document(String input) {
        if (input.startsWith("text:")) {
            return input.substring(input.indexOf('\n') + 1);
        }
        String[] lines = input.split("\n", -1);
        if (!lines[0].startsWith("base:")) {
            throw new IllegalArgumentException("an input starts with 'text:' or 'base: path': " + lines[0]);
        }
        String doc = read(Repo.root().resolve(lines[0].substring(5).strip()));
        List<String> olds = new ArrayList<>();
        List<String> news = new ArrayList<>();
        for (int i = 1; i <= lines.length; i++) {
            String l = i < lines.length ? lines[i] : "@@";
            if (l.startsWith("- ") || l.equals("-")) {
                olds.add(l.length() > 2 ? l.substring(2) : "");
            } else if (l.startsWith("+ ") || l.equals("+")) {
                news.add(l.length() > 2 ? l.substring(2) : "");
            } else if (l.strip().equals("@@") || l.isBlank()) {
                if (!olds.isEmpty()) {
                    doc = replaceOnce(doc, String.join("\n", olds), news.isEmpty() ? null : String.join("\n", news));
                }
                olds.clear();
                news.clear();
            } else {
                throw new IllegalArgumentException("a hunk line starts with '- ', '+ ' or is '@@': " + l);
            }
        }
        return doc;
    }

    private static String replaceOnce(String doc, String old, String replacement) {
        int at = doc.indexOf(old);
        if (at < 0 || doc.indexOf(old, at + 1) >= 0) {
            throw new IllegalArgumentException((at < 0 ? "not in the base: " : "more than once in the base: ") + old);
        }
        if (replacement == null) { // a deletion takes its line break with it
            int end = at + old.length();
            return doc.substring(0, at) + doc.substring(end < doc.length() && doc.charAt(end) == '\n' ? end + 1 : end);
        }
        return doc.substring(0, at) + replacement + doc.substring(at + old.length());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String print(Diagnostic d) {
        return String.format(Locale.ROOT, "%s %s at %s:%s %s", d.code(), d.severity(), d.line(), d.column(),
                d.excerpt());
    }
}
