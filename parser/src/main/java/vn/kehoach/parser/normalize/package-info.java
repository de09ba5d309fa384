/** Stage 2, normalize: text in legacy fonts (TCVN3, VNI-Windows) decoded, Unicode NFC, modern tone marks, clean spacing, one line per line; and {@link vn.kehoach.parser.normalize.Fold}, the one diacritic-insensitive matcher. Output: {@link vn.kehoach.parser.normalize.NormalizedText}. */
package vn.kehoach.parser.normalize;
