package vn.kehoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TextExtractor;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.normalize.TextNormalizer;

/**
 * The normalize stage on the dev corpus concatenated (or the samples when {@code ../shared} is absent):
 * average time per pass, from which bench/run reports megabytes of UTF-8 text per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeBenchmark {
    /** The corpus folder: the dev corpus beside the repository by default. */
    @Param("../shared/corpus/dev")
    public String corpus;

    private ExtractedDocument document;
    private final TextNormalizer normalizer = new TextNormalizer();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Path.of(corpus);
        if (!Files.isDirectory(dir)) {
            dir = Path.of("samples");
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        String text = all.toString();
        document = new TextExtractor(TextExtractor.DEFAULT_MAX_BYTES, null).extractText(text, "corpus");
        System.out.println("# corpus bytes (UTF-8): " + text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public NormalizedText normalize() {
        return normalizer.normalize(document);
    }
}
