package vn.kehoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.openjdk.jmh.infra.Blackhole;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.validate.Rule;
import vn.kehoach.parser.validate.RuleConfig;
import vn.kehoach.parser.validate.Rules;

/**
 * The whole pipeline on each dev document (or the samples when {@code ../shared} is absent), with every
 * validator rule on ({@code rules=all}) and with every rule off ({@code rules=none}): the ratio of the two is the
 * cost of validation. Average time per pass over all the documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {
    @Param("../shared/corpus/dev")
    public String corpus;

    @Param({"all", "none"})
    public String rules;

    private final List<String> documents = new ArrayList<>();
    private PlanParser parser;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Path.of(corpus);
        if (!Files.isDirectory(dir)) {
            dir = Path.of("samples");
        }
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                documents.add(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Set<String> off = rules.equals("none")
                ? Rules.ALL.stream().map(Rule::code).collect(Collectors.toSet()) : Set.of();
        parser = PlanParser.builder().rules(new RuleConfig(off, Map.of())).build();
        System.out.println("# corpus bytes (UTF-8): " + bytes);
    }

    @Benchmark
    public void parse(Blackhole out) {
        for (String d : documents) {
            out.consume(parser.parse(d));
        }
    }
}
