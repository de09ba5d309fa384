package vn.kehoach.parser.extract;

import java.util.Map;
import java.util.Optional;

/** The formats the extractor reads, each with its canonical media type. */
enum Format {
    TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    RTF("application/rtf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("application/msword"),
    ODT("application/vnd.oasis.opendocument.text");

    /** Media types read like one of the formats: macro-enabled documents and templates. */
    private static final Map<String, Format> ALIASES = Map.of(
            "application/vnd.ms-word.document.macroenabled.12", DOCX,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template", DOCX,
            "application/vnd.ms-word.template.macroenabled.12", DOCX,
            "application/vnd.oasis.opendocument.text-template", ODT,
            "application/xhtml+xml", HTML,
            "text/rtf", RTF);

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format that reads {@code mediaType} (without parameters, any case), if supported. */
    static Optional<Format> ofMediaType(String mediaType) {
        String type = mediaType.toLowerCase(java.util.Locale.ROOT);
        for (Format f : values()) {
            if (f.mediaType.equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(ALIASES.get(type));
    }
}
