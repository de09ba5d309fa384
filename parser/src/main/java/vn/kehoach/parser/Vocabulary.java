package vn.kehoach.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parser's vocabulary files (resources under {@code vn/kehoach/parser/}): UTF-8, one entry per
 * line, {@code #} starts a comment line, columns separated by tabs.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** The non-comment, non-blank lines of a vocabulary file, each split at tabs. */
    public static List<String[]> rows(String name) {
        String path = "/vn/kehoach/parser/" + name;
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary file missing from the jar: " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + path, e);
        }
    }

    /** The first column of every row. */
    public static List<String> words(String name) {
        return rows(name).stream().map(r -> r[0].strip()).toList();
    }
}
