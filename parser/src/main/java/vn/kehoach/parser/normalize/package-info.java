/** Stage 2, normalize: Unicode NFC, modern tone marks, clean spacing, glued words split into syllables, one line per line; and {@link vn.kehoach.parser.normalize.Fold}, the one diacritic-insensitive matcher. Output: {@link vn.kehoach.parser.normalize.NormalizedText}. */
package vn.kehoach.parser.normalize;
