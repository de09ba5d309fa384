package vn.kehoach.parser.normalize;

import vn.kehoach.parser.normalize.NormalizedText.CellPosition;

/**
 * A normalized line on its way through the stage, before it is numbered.
 *
 * @param text the normalized text
 * @param source where its characters come from
 * @param cell the table cell it lies in, or null
 * @param tail the length of the last source line in it (a joined line is longer than any of its lines)
 */
record MappedLine(String text, SourceMap source, CellPosition cell, int tail) {

    MappedLine(String text, SourceMap source, CellPosition cell) {
        this(text, source, cell, text.length());
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** This line and the next one as one, a space between them. */
    MappedLine joinedWith(MappedLine next) {
        return new MappedLine(text + " " + next.text, source.append(text.length() + 1, next.source), cell,
                next.text.length());
    }
}
