package vn.kehoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import vn.kehoach.model.Period;
import vn.kehoach.parser.time.DeadlineContext;
import vn.kehoach.parser.time.DeadlineParser;
import vn.kehoach.parser.time.DeadlineReading;

/**
 * The deadline parser on the phrases of the deadline spec (parser/src/test/resources/spec/deadlines.md, with each
 * example's context): one operation is one phrase read, so the score is phrases per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {
    /** The spec file whose example inputs are the phrases. */
    @Param("parser/src/test/resources/spec/deadlines.md")
    public String spec;

    private final DeadlineParser parser = new DeadlineParser();
    private String[] phrases;
    private DeadlineContext[] contexts;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        List<String> texts = new ArrayList<>();
        List<DeadlineContext> ctx = new ArrayList<>();
        List<String> input = null;
        for (String line : Files.readAllLines(Path.of(spec), StandardCharsets.UTF_8)) {
            if (line.strip().equals("```example")) {
                input = new ArrayList<>();
            } else if (input != null && line.equals(".")) {
                boolean context = !input.isEmpty() && input.get(0).startsWith("@");
                ctx.add(context ? context(input.get(0)) : DeadlineContext.NONE);
                texts.add(String.join("\n", context ? input.subList(1, input.size()) : input));
                input = null;
            } else if (input != null) {
                input.add(line);
            }
        }
        phrases = texts.toArray(new String[0]);
        contexts = ctx.toArray(new DeadlineContext[0]);
        System.out.println("# phrases: " + phrases.length);
    }

    @Benchmark
    public DeadlineReading read() {
        int i = next;
        next = i + 1 == phrases.length ? 0 : i + 1;
        return parser.read(phrases[i], contexts[i]);
    }

    private static DeadlineContext context(String line) {
        String[] words = line.trim().split("\\s+");
        LocalDate issued = null;
        Period period = null;
        for (int i = 0; i + 1 < words.length; i += 2) {
            if (words[i].equals("@issued")) {
                issued = LocalDate.parse(words[i + 1]);
            } else if (words[i].equals("@period")) {
                String[] y = words[i + 1].split("-");
                period = new Period(Integer.parseInt(y[0]), Integer.parseInt(y[1]));
            }
        }
        return new DeadlineContext(issued, period);
    }
}
