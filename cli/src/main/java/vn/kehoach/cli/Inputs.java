package vn.kehoach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import vn.kehoach.parser.DocumentReadException;
import vn.kehoach.parser.ParsedPlan;
import vn.kehoach.parser.PlanParser;

/** Reading the command line's inputs: a file name, or {@code -} for standard input. */
final class Inputs {
    /** The input name that stands for standard input. */
    static final String STDIN = "-";

    private Inputs() {
    }

    /**
     * Parses one input: {@code -} reads {@code stdin}, anything else is a file name resolved against
     * {@code workingDir}.
     *
     * @throws DocumentReadException when the file is missing, a directory, or cannot be read as a document
     */
    static ParsedPlan read(PlanParser parser, String input, Path workingDir, InputStream stdin)
            throws DocumentReadException {
        if (input.equals(STDIN)) {
            return parser.read(stdin, STDIN);
        }
        Path path = workingDir.resolve(input);
        if (Files.isDirectory(path)) {
            throw new DocumentReadException(input, "is a directory");
        }
        if (!Files.exists(path)) {
            throw new DocumentReadException(input, "no such file");
        }
        return parser.read(path);
    }

    /** The input as a path; a name the file system cannot hold is a usage error. */
    static Path path(String input, CommandLine cl) {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            throw new ParameterException(cl, input + " is not a valid file name on this system (" + e.getReason()
                    + ")");
        }
    }

    /**
     * Whether two paths name the same file: {@link Files#isSameFile} when both exist (a link, another spelling),
     * else their normalized absolute paths are equal.
     */
    static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // fall through to comparing the names
            }
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** A short reason for a failed file operation: "no such directory", "permission denied", ... */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return Messages.oneLine(e.getMessage());
    }
}
