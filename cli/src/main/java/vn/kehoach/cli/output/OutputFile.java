package vn.kehoach.cli.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a whole file or nothing: the content goes to a hidden temporary file in the target's directory, which is
 * then renamed over the target. A reader never sees a half-written file, and a failed write leaves the old file.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code target}, replacing it.
     *
     * @throws IOException when the directory is missing or not writable, or the target is a directory
     */
    public static void write(Path target, String content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory");
        }
        Path dir = target.toAbsolutePath().getParent();
        String name = "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp";
        Path temp = dir.resolve(name);
        try {
            // createTempFile would make the file 0600; a plain CREATE_NEW keeps the user's umask.
            Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
