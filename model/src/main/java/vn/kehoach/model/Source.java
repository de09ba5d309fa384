package vn.kehoach.model;

/**
 * The input a document was read from.
 *
 * @param path the path as given by the caller ({@code "-"} for standard input), or a name
 * @param mediaType the media type as detected, e.g. {@code text/plain}
 * @param sha256 lower-case hex SHA-256 of the input bytes
 * @param characters length of the normalized text in UTF-16 code units
 */
public record Source(String path, String mediaType, String sha256, int characters) {
}
