package vn.kehoach.parser.extract;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The signatures recognized without loading Tika, so that plain text never pays for Tika's start-up. Each
 * constant matches one signature at the start of the bytes.
 */
enum Magic {
    /** {@code %PDF-}, after an optional UTF-8 BOM and white space. */
    PDF("%PDF-"),
    /** <code>{\rtf</code>, after an optional UTF-8 BOM and white space. */
    RTF("{\\rtf"),
    /** {@code PK\3\4}: a ZIP container, which may be DOCX, ODT, or something unsupported. */
    ZIP("PK\u0003\u0004"),
    /** {@code D0 CF 11 E0 A1 B1 1A E1}: an OLE2 container, which may be DOC, encrypted OOXML, or something unsupported. */
    OLE("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1");

    private final byte[] signature;

    Magic(String signature) {
        this.signature = signature.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The format this signature settles, or empty for a container, whose content Tika must look into. */
    Optional<Format> format() {
        return switch (this) {
            case PDF -> Optional.of(Format.PDF);
            case RTF -> Optional.of(Format.RTF);
            case ZIP, OLE -> Optional.empty();
        };
    }

    /** The signature the bytes start with, if any. */
    static Optional<Magic> of(byte[] bytes) {
        for (Magic m : values()) {
            if (m.matches(bytes)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] b) {
        int start = this == PDF || this == RTF ? textStart(b) : 0;
        if (b.length - start < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (b[start + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first byte after a UTF-8 BOM and ASCII white space. */
    private static int textStart(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && i < 1024 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }
}
