package vn.kehoach.parser.table;

/** How a task table reached the text. */
public enum TableForm {
    /** A real table of DOCX, ODT or HTML: rows and columns as the format kept them, merged cells included. */
    GRID,
    /** Cells flattened to text, each followed by a line holding "|" (or separated by "|" inside lines). */
    PIPES,
    /** One cell per paragraph, blank lines between cells, as web pages flatten tables. */
    PARAGRAPHS,
    /** One text line after another, as PDF text comes out: rows found by their numbers, wrapped cells guessed. */
    LINES
}
