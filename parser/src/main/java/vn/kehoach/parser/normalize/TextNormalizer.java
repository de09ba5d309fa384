package vn.kehoach.parser.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.parser.extract.Block;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.extract.TextBlock;
import vn.kehoach.parser.normalize.NormalizedText.CellPosition;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * Lays the blocks out as lines and normalizes each line: NFC, compatibility spaces and dashes, zero-width
 * characters and soft hyphens removed, runs of spaces folded, modern tone-mark placement, glued words split
 * ({@link SyllableSplitter}: "ĐẨYMẠNH" → "ĐẨY MẠNH"). Lines are never joined or split here, so a plain-text line
 * keeps its number.
 *
 * <p>Thread-safe; stateless.
 */
public final class TextNormalizer {

    public NormalizedText normalize(ExtractedDocument doc) {
        List<Line> lines = new ArrayList<>();
        int table = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof TextBlock t) {
                for (String raw : t.text().split("\r\n|\r|\n", -1)) {
                    add(lines, raw, null);
                }
            } else if (block instanceof TableBlock tb) {
                // A table is set off by blank lines, and so is each cell, like web text with one cell per paragraph.
                addBlankUnlessAfterBlank(lines);
                for (int r = 0; r < tb.rows().size(); r++) {
                    List<TableBlock.TableCell> cells = tb.rows().get(r).cells();
                    for (int c = 0; c < cells.size(); c++) {
                        CellPosition pos = new CellPosition(table, r, c);
                        for (String raw : cells.get(c).text().split("\r\n|\r|\n", -1)) {
                            add(lines, raw, pos);
                        }
                        add(lines, "", null);
                    }
                }
                table++;
            }
        }
        return new NormalizedText(doc.name(), lines);
    }

    private static void addBlankUnlessAfterBlank(List<Line> lines) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
            add(lines, "", null);
        }
    }

    private static void add(List<Line> lines, String raw, CellPosition pos) {
        lines.add(new Line(lines.size() + 1, normalizeLine(raw), pos));
    }

    /** Normalizes one line of text (no line breaks inside). */
    public static String normalizeLine(String raw) {
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) ('0' + (c - '\uFF10'));
            } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                c = '-';
            } else if (Character.isISOControl(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        String modern = ToneMarks.modernize(sb.toString());
        String split = SyllableSplitter.DEFAULT.split(modern);
        // A split can open an old-style syllable that was closed by the next word: "hoàbình" → "hoà bình".
        return split == modern ? modern : ToneMarks.modernize(split);
    }
}
