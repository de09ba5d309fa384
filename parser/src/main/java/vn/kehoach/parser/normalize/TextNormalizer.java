package vn.kehoach.parser.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.extract.Block;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.extract.TextBlock;
import vn.kehoach.parser.normalize.NormalizedText.CellPosition;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * Lays the blocks out as lines and normalizes each line: text in a legacy font (TCVN3, VNI-Windows) decoded
 * (see {@link LegacyTextRecognizer}), NFC, compatibility spaces and dashes, zero-width characters and soft
 * hyphens removed, runs of spaces folded, modern tone-mark placement. Lines are never joined or split here,
 * so a plain-text line keeps its number.
 *
 * <p>Thread-safe; stateless.
 */
public final class TextNormalizer {
    private static final LegacyTextRecognizer LEGACY = new LegacyTextRecognizer();

    public NormalizedText normalize(ExtractedDocument doc) {
        List<String> raw = new ArrayList<>();
        List<CellPosition> cells = new ArrayList<>();
        int table = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof TextBlock t) {
                for (String line : t.text().split("\r\n|\r|\n", -1)) {
                    raw.add(line);
                    cells.add(null);
                }
            } else if (block instanceof TableBlock tb) {
                // A table is set off by blank lines, and so is each cell, like web text with one cell per paragraph.
                if (!raw.isEmpty() && !clean(raw.get(raw.size() - 1)).isBlank()) {
                    raw.add("");
                    cells.add(null);
                }
                for (int r = 0; r < tb.rows().size(); r++) {
                    List<TableBlock.TableCell> row = tb.rows().get(r).cells();
                    for (int c = 0; c < row.size(); c++) {
                        CellPosition pos = new CellPosition(table, r, c);
                        for (String line : row.get(c).text().split("\r\n|\r|\n", -1)) {
                            raw.add(line);
                            cells.add(pos);
                        }
                        raw.add("");
                        cells.add(null);
                    }
                }
                table++;
            }
        }
        List<String> decoded = decodeLegacy(raw);
        List<Line> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new Line(i + 1, clean(decoded.get(i)), cells.get(i)));
        }
        return new NormalizedText(doc.name(), lines);
    }

    /**
     * The lines with legacy-font text decoded. Decided per line, since a font can change from one paragraph
     * or cell to the next; lines of one encoding in a row are decoded together (their capitals).
     */
    private static List<String> decodeLegacy(List<String> raw) {
        List<Optional<LegacyEncoding>> legacy = LEGACY.recognize(raw);
        List<String> out = new ArrayList<>(raw);
        for (int i = 0; i < raw.size(); ) {
            Optional<LegacyEncoding> e = legacy.get(i);
            int end = i + 1;
            while (end < raw.size() && legacy.get(end).equals(e)) {
                end++;
            }
            if (e.isPresent()) {
                List<String> run = e.get().decodeLines(raw.subList(i, end));
                for (int k = 0; k < run.size(); k++) {
                    out.set(i + k, run.get(k));
                }
            }
            i = end;
        }
        return out;
    }

    /** Normalizes one line of text (no line breaks inside), decoding it if it is clearly in a legacy font. */
    public static String normalizeLine(String raw) {
        return clean(LEGACY.recognize(raw).map(e -> e.decode(raw)).orElse(raw));
    }

    private static String clean(String raw) {
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
        return ToneMarks.modernize(sb.toString());
    }
}
