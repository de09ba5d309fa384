package vn.kehoach.parser.extract;

import java.util.Objects;

/**
 * One paragraph (or, for plain text, one line). A line break inside the paragraph ({@code <br>}, a PDF line)
 * is kept as {@code '\n'}.
 *
 * @param text the text, not yet normalized
 */
public record TextBlock(String text) implements Block {
    public TextBlock {
        Objects.requireNonNull(text, "text");
    }
}
