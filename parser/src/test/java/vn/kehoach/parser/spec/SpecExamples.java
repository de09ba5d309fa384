package vn.kehoach.parser.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads spec-style example files (test resources under {@code spec/}), in the manner of the CommonMark spec:
 * {@code ## Section} headings, and examples fenced by a line {@code ```example} and a line {@code ```}, the
 * input first, then a line holding a single {@code .}, then the expected print of the stage's output.
 */
public final class SpecExamples {
    private SpecExamples() {
    }

    /**
     * One example.
     *
     * @param file the spec file name
     * @param section the section heading it stands under
     * @param number its number within the file, from 1
     * @param input the input text
     * @param expected the expected print
     */
    public record Example(String file, String section, int number, String input, String expected) {
        @Override
        public String toString() {
            return "File \"" + file + "\" section \"" + section + "\" example " + number;
        }
    }

    /** The examples of one file as JUnit arguments (named by file, section and number). */
    public static Stream<Arguments> arguments(String file) {
        return read(file).stream().map(e -> Arguments.of(org.junit.jupiter.api.Named.of(e.toString(), e)));
    }

    public static List<Example> read(String file) {
        String text;
        try (InputStream in = SpecExamples.class.getResourceAsStream("/spec/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec file " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String section = "";
        StringBuilder input = null;
        StringBuilder expected = null;
        for (String line : text.split("\n", -1)) {
            if (input == null) {
                if (line.startsWith("## ")) {
                    section = line.substring(3).strip();
                } else if (line.strip().equals("```example")) {
                    input = new StringBuilder();
                }
            } else if (expected == null) {
                if (line.equals(".")) {
                    expected = new StringBuilder();
                } else {
                    input.append(line).append('\n');
                }
            } else if (line.strip().equals("```")) {
                out.add(new Example(file, section, out.size() + 1, strip(input), strip(expected)));
                input = null;
                expected = null;
            } else {
                expected.append(line).append('\n');
            }
        }
        if (input != null) {
            throw new IllegalStateException(file + ": unterminated example after section " + section);
        }
        return out;
    }

    private static String strip(StringBuilder sb) {
        String s = sb.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
