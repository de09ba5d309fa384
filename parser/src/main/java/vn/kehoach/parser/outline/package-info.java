/** Stage 3, outline: the layout of a document (header, title, preamble, body, closing, appendices) and its numbered outline. Output: {@link vn.kehoach.parser.outline.Layout} and {@link vn.kehoach.parser.outline.Outline}. */
package vn.kehoach.parser.outline;
