package vn.kehoach.parser.extract;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.kehoach.parser.DocumentReadException;

/**
 * Turns what a parser threw into a one-line reason: "is encrypted" when any cause says so, otherwise "is
 * damaged or truncated (short cause)", the cause being the innermost message, first line, without class
 * names, at most {@value #MAX_CAUSE} characters.
 */
final class ReadFailure {
    static final int MAX_CAUSE = 120;

    private ReadFailure() {
    }

    static DocumentReadException of(String source, Throwable failure) {
        if (isEncryption(failure)) {
            return new DocumentReadException(source, "is encrypted", failure);
        }
        return new DocumentReadException(source, "is damaged or truncated (" + shortCause(failure) + ")", failure);
    }

    private static boolean isEncryption(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.tika.exception.EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException
                    || t instanceof InvalidPasswordException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message that says something, without class-name prefixes, on one short line. */
    static String shortCause(Throwable failure) {
        String message = null;
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            innermost = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return innermost.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        // "java.io.IOException: org.apache.poi...: real message": keep the real message
        line = line.replaceFirst("^(?:[a-z][\\w$]*(?:\\.[\\w$]+)+:\\s*)+", "");
        line = line.replaceFirst("^error:\\s*", "");
        if (line.isEmpty()) {
            return innermost.getClass().getSimpleName();
        }
        return line.length() <= MAX_CAUSE ? line : line.substring(0, MAX_CAUSE - 1) + "…";
    }
}
