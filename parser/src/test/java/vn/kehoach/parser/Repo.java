package vn.kehoach.parser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Directories of the repository for tests that read files outside the module: the root from the system property
 * {@code kehoach.repo} (set by surefire to the multi-module directory), falling back to {@code ..}.
 */
public final class Repo {
    private Repo() {
    }

    /** The repository root: the first of {@code kehoach.repo}, {@code ..}, {@code .} that holds samples/. */
    public static Path root() {
        Stream<String> candidates = Stream.of(System.getProperty("kehoach.repo"), "..", ".");
        return candidates.filter(c -> c != null && !c.isBlank()).map(c -> Path.of(c).toAbsolutePath().normalize())
                .filter(p -> Files.isDirectory(p.resolve("samples"))).findFirst()
                .orElseGet(() -> fail("repository root not found: no samples/ under kehoach.repo=%s, .. or .",
                        System.getProperty("kehoach.repo")));
    }

    public static Path samples() {
        return root().resolve("samples");
    }

    /** The sample inputs: every file in samples/ but the outputs (.json), notes (.md) and dot-files, by name. */
    public static List<Path> sampleInputs() {
        return list(samples()).stream().filter(p -> {
            String name = p.getFileName().toString();
            return !name.endsWith(".json") && !name.endsWith(".md") && !name.startsWith(".");
        }).toList();
    }

    /** The shared development corpus, {@code <repo>/../shared/corpus/dev}, when it is present on this machine. */
    public static Optional<Path> devCorpus() {
        Path dev = root().resolveSibling("shared").resolve("corpus").resolve("dev");
        return Files.isDirectory(dev) ? Optional.of(dev) : Optional.empty();
    }

    /**
     * The names of the dev documents that have a gold annotation ("55-KH-UBND-NamDinh"), as test arguments; one
     * placeholder argument when the corpus is absent, so that the test is reported as skipped, not missing.
     */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> devGoldNames() {
        Path dev = devCorpus().orElse(null);
        if (dev == null) {
            return java.util.stream.Stream.of(org.junit.jupiter.params.provider.Arguments.of("(no ../shared/corpus/dev on this machine)"));
        }
        return list(dev).stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.json"))
                .map(n -> org.junit.jupiter.params.provider.Arguments.of(n.substring(0, n.length() - ".gold.json".length())));
    }

    /** The regular files of a directory, sorted by name. */
    public static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
