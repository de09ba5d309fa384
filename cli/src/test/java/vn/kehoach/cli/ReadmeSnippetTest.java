package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library snippet, compiled and run as a user would paste it: its imports on top, its statements in
 * a main method, the file it names replaced by a small plan written here.
 */
class ReadmeSnippetTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
    private static final Pattern FILE_ARGUMENT = Pattern.compile("Path\\.of\\(\"[^\"]*\"\\)");
    private static final String PLAN = """
            BỘ NỘI VỤ
            Số: 905/QĐ-BNV
            Hà Nội, ngày 17 tháng 11 năm 2022

            QUYẾT ĐỊNH
            Phê duyệt Đề án "Tăng cường năng lực đội ngũ cán bộ, công chức"

            Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;
            """;

    @TempDir
    Path dir;

    @Test
    void readmeLibrarySnippetCompilesAndRuns() throws Exception {
        String snippet = javaBlock(Files.readString(readme()));
        Path plan = Files.writeString(dir.resolve("ke-hoach.txt"), PLAN);
        assertThat(FILE_ARGUMENT.matcher(snippet).find()).as("the snippet parses Path.of(\"...\")").isTrue();
        String source = wrap(snippet.replaceFirst(FILE_ARGUMENT.pattern(),
                Matcher.quoteReplacement("Path.of(\"" + plan.toString().replace("\\", "\\\\") + "\")")));

        Path classes = compile(source);
        List<String> printed = run(classes);

        assertThat(printed).isNotEmpty();
        assertThat(printed.get(0)).matches("[A-Z_]+: .*");
        assertThat(printed.get(printed.size() - 1)).matches("\\d+ tasks, \\d+ diagnostics");
    }

    /** The first ```java block, the one under "## Library". */
    static String javaBlock(String readme) {
        int library = readme.indexOf("## Library");
        assertThat(library).as("README has a Library section").isNotNegative();
        Matcher m = JAVA_BLOCK.matcher(readme);
        assertThat(m.find(library)).as("a ```java block under ## Library").isTrue();
        return m.group(1);
    }

    /** Imports stay on top; the statements go into {@code main}, unless the snippet is a class already. */
    static String wrap(String snippet) {
        if (snippet.contains("class ")) {
            return snippet;
        }
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        return imports + "public class ReadmeSnippet {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
    }

    private Path compile(String source) throws IOException {
        Path src = Files.writeString(dir.resolve("ReadmeSnippet.java"), source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("tests run on a JDK").isNotNull();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                        "-encoding", "UTF-8"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src))
                .call();
        assertThat(ok).as("the README snippet compiles:%n%s%n%s", diagnostics, source).isTrue();
        return classes;
    }

    private static List<String> run(Path classes) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeSnippetTest.class.getClassLoader())) {
            Method main = loader.loadClass("ReadmeSnippet").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        return new ArrayList<>(captured.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** README.md at the repository root: from the build's property, else the nearest one above the working dir. */
    static Path readme() {
        String repo = System.getProperty("kehoach.repo");
        if (repo != null && Files.isRegularFile(Path.of(repo, "README.md"))) {
            return Path.of(repo, "README.md");
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("cli"))) {
                return d.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
}
