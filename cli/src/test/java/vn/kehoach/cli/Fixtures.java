package vn.kehoach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoach.parser.validate.Rule;
import vn.kehoach.parser.validate.Rules;

/** The validate fixtures (src/test/resources/validate) and the options that keep a test to the rules it is about. */
final class Fixtures {
    /** DATE_INVALID at 13:43 (31/9/2013) and RECIPIENTS_MISSING on the whole document. */
    static final String DATED = "dated.txt";
    /** No findings. */
    static final String CLEAN = "clean.txt";

    private Fixtures() {
    }

    /** Copies the fixture {@code name} to {@code target}, creating its directory. */
    static Path copy(String name, Path target) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/validate/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing: " + name);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's text. */
    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/validate/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code --disable} with every rule but {@code codes}, or nothing when no rule is left to disable. */
    static List<String> only(String... codes) {
        Set<String> keep = Set.of(codes);
        String others = Rules.ALL.stream().map(Rule::code).filter(c -> !keep.contains(c))
                .collect(Collectors.joining(","));
        return others.isEmpty() ? List.of() : List.of("--disable", others);
    }

    /** {@code args} followed by {@link #only}. */
    static String[] args(List<String> only, String... args) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), only.stream()).toArray(String[]::new);
    }
}
