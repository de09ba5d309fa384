package vn.kehoach.parser.extract;

/** A paragraph or a table of an extracted document. */
public sealed interface Block permits TextBlock, TableBlock {
}
