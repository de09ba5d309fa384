/** Stage 1, extract: reads bytes of any supported format (plain text directly, the rest through Apache Tika) into an {@link vn.kehoach.parser.extract.ExtractedDocument} of paragraphs and tables. */
package vn.kehoach.parser.extract;
