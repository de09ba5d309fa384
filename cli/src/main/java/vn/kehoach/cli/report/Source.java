package vn.kehoach.cli.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a checked document came from, named three ways.
 *
 * @param path the name as the user gave it (a directory's files: the directory joined with the file's path in it);
 *     {@code -} for standard input
 * @param relativePath the file relative to the working directory with forward slashes ({@code plans/a.txt}), or its
 *     absolute path when it lies outside; null for standard input
 * @param uri {@code relativePath} as a URI reference (percent-encoded: {@code plans/k%E1%BA%BF-ho%E1%BA%A1ch.txt}), or
 *     a {@code file:} URI when outside the working directory; null for standard input
 */
public record Source(String path, String relativePath, String uri) {
    public Source {
        Objects.requireNonNull(path, "path");
    }

    /** Standard input. */
    public static Source stdin() {
        return new Source("-", null, null);
    }

    /** A file, named {@code path} by the user, found at {@code file}. */
    public static Source of(String path, Path file, Path workingDir) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return new Source(path, abs.toString(), abs.toUri().toASCIIString());
        }
        StringBuilder relative = new StringBuilder();
        for (Path name : base.relativize(abs)) {
            relative.append(relative.length() == 0 ? "" : "/").append(name);
        }
        try {
            return new Source(path, relative.toString(), new URI(null, null, relative.toString(), null)
                    .toASCIIString());
        } catch (URISyntaxException e) {
            // A relative path whose first segment holds a colon would read as a scheme: name it absolutely instead.
            return new Source(path, relative.toString(), abs.toUri().toASCIIString());
        }
    }

    /** Whether this is standard input. */
    public boolean isStdin() {
        return relativePath == null;
    }
}
