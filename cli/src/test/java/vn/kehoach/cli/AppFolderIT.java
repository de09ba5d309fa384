package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged app folder's {@code bin/kehoach} in a new process, as a user would: the launcher, the JVM
 * flags, the logging set-up and the exit codes together. Skipped when the app folder has not been built
 * ({@code mvn verify} builds it before running this).
 */
class AppFolderIT {
    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            TỈNH NAM ĐỊNH
            Số: 55/KH-UBND

            KẾ HOẠCH
            Đẩy mạnh cải cách chế độ công vụ, công chức
            """;

    @TempDir
    Path dir;
    private Path launcher;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void findApp() {
        Path app = Path.of(System.getProperty("kehoach.app", "target/kehoach"));
        launcher = app.resolve("bin/kehoach");
        assumeTrue(Files.isExecutable(launcher), "app folder not built: " + launcher);
    }

    private Run run(Path program, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Run(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void convertPrintsOnlyJsonAndNothingOnStderr() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.txt"), PLAN);

        Run r = run(launcher, Map.of(), "convert", plan.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).hasLineCount(1).endsWith("\n");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.path("schemaVersion").asText()).isEqualTo("1");
        assertThat(doc.path("source").path("path").asText()).isEqualTo(plan.toString());
    }

    @Test
    void vietnameseFileNamesWorkInTheCLocale() throws Exception {
        Path plan = Files.writeString(dir.resolve("kế-hoạch.txt"), PLAN);

        Run r = run(launcher, Map.of("LANG", "C", "LC_ALL", "C"), "convert", plan.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).path("source").path("path").asText())
                .isEqualTo(plan.toString());
    }

    @Test
    void verboseRunHasNoLoggingSetUpNoise() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.txt"), PLAN);

        Run r = run(launcher, Map.of(), "convert", "-v", plan.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).doesNotContain("SLF4J").doesNotContain("Log4j API could not find");
        assertThat(r.out()).startsWith("{").hasLineCount(1);
    }

    @Test
    void missingFileIsOneLineAndExitThree() throws Exception {
        Run r = run(launcher, Map.of(), "convert", "missing.txt");

        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("kehoach: missing.txt: no such file\n");
    }

    @Test
    void versionThroughASymbolicLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("kehoach"), launcher.toAbsolutePath());

        Run r;
        try {
            r = run(link, Map.of(), "--version");
        } finally {
            Files.delete(link); // JUnit warns about links out of its temp dir
        }

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("kehoach " + System.getProperty("kehoach.version", "0.1.0") + "\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateReportsOnStdoutSummarizesOnStderrAndExitsOne() throws Exception {
        Fixtures.copy(Fixtures.DATED, dir.resolve(Fixtures.DATED));
        Files.writeString(dir.resolve(".kehoach.yml"), "disable: [RECIPIENTS_MISSING]\n");

        Run r = run(launcher, Map.of(), Fixtures.args(Fixtures.only("RECIPIENTS_MISSING", "DATE_INVALID"),
                "validate", Fixtures.DATED, "--format", "github", "--lang", "en"));

        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).isEqualTo("::error file=dated.txt,line=13,col=43,title=DATE_INVALID::The date 31/9/2013 "
                + "does not exist in the calendar.\n");
        assertThat(r.err()).isEqualTo("1 error, 0 warnings in 1 file\n");
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        Run r = run(launcher, Map.of(), "convert", "--no-such-option", "x.txt");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kehoach: Unknown option: '--no-such-option'");
    }
}
