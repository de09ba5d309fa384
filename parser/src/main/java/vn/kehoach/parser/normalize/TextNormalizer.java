package vn.kehoach.parser.normalize;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.kehoach.parser.extract.Block;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.extract.TextBlock;
import vn.kehoach.parser.normalize.NormalizedText.CellPosition;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * Lays the blocks out as lines and normalizes them: text in a legacy font (TCVN3, VNI-Windows) decoded
 * ({@link LegacyTextRecognizer}); each line cleaned (compatibility spaces, invisible characters, soft hyphens,
 * dashes, full-width digits; runs of spaces folded), composed to NFC (ICU4J), glued words split
 * ({@link SyllableSplitter}: "ĐẨYMẠNH" → "ĐẨY MẠNH") and tone marks put in the chosen {@link ToneStyle}; then
 * web boilerplate is dropped and hard-wrapped lines are joined. Every normalized character keeps its source
 * line and column ({@link SourceMap}).
 *
 * <p>Thread-safe; immutable.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final LegacyTextRecognizer LEGACY = new LegacyTextRecognizer();
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

    private final ToneStyle tones;
    private final BoilerplateFilter boilerplate = BoilerplateFilter.DEFAULT;
    private final HardWrapJoiner joiner = new HardWrapJoiner();

    /** Modern tone marks, as the spec asks. */
    public TextNormalizer() {
        this(ToneStyle.MODERN);
    }

    public TextNormalizer(ToneStyle tones) {
        this.tones = Objects.requireNonNull(tones, "tones");
    }

    public NormalizedText normalize(ExtractedDocument doc) {
        List<String> raw = new ArrayList<>();
        List<CellPosition> cells = new ArrayList<>();
        int table = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof TextBlock t) {
                for (String line : LINE_BREAK.split(t.text(), -1)) {
                    raw.add(line);
                    cells.add(null);
                }
            } else if (block instanceof TableBlock tb) {
                // A table is set off by blank lines, and so is each cell, like web text with one cell per paragraph.
                if (!raw.isEmpty() && !raw.get(raw.size() - 1).isBlank()) {
                    raw.add("");
                    cells.add(null);
                }
                List<CellPosition> positions = GridPositions.of(table, tb);
                int k = 0;
                for (TableBlock.TableRow row : tb.rows()) {
                    for (TableBlock.TableCell cell : row.cells()) {
                        CellPosition pos = positions.get(k++);
                        for (String line : LINE_BREAK.split(cell.text(), -1)) {
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
        List<MappedLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String text = clean(decoded.get(i), tones);
            lines.add(new MappedLine(text, SourceMap.align(raw.get(i), i + 1, text), cells.get(i)));
        }
        List<MappedLine> kept = joiner.join(boilerplate.filter(lines));
        List<Line> numbered = new ArrayList<>(kept.size());
        for (MappedLine l : kept) {
            numbered.add(new Line(numbered.size() + 1, l.text(), l.cell(), l.source()));
        }
        return new NormalizedText(doc.name(), numbered, decoded);
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

    /** Normalizes one line of text (no line breaks inside), with modern tone marks. */
    public static String normalizeLine(String raw) {
        return normalizeLine(raw, ToneStyle.MODERN);
    }

    /** Normalizes one line (no line breaks inside), decoding it if it is clearly in a legacy font. */
    public static String normalizeLine(String raw, ToneStyle tones) {
        return clean(LEGACY.recognize(raw).map(e -> e.decode(raw)).orElse(raw), tones);
    }

    private static String clean(String raw, ToneStyle tones) {
        String cleaned = isClean(raw) ? raw : cleanCharacters(raw);
        // NFC after the cleaning, so that marks that met across a removed character compose too.
        String nfc = NFC.isNormalized(cleaned) ? cleaned : NFC.normalize(cleaned);
        String split = SyllableSplitter.DEFAULT.split(nfc);
        String toned = tones.apply(split);
        // Moving a tone next to a stray combining mark can leave a sequence NFC would compose differently.
        return toned == split || NFC.isNormalized(toned) ? toned : NFC.normalize(toned);
    }

    /** True when no character of the line needs cleaning: the common case, checked in one cheap pass. */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean special = c < ' ' || c == ' ' && prev == ' ' || c >= '\u007F' && c < '\u00C0'
                    || c >= '\u2000' && c <= '\u206F' || c == '\u2212' || c >= '\u3000' && c <= '\u303F'
                    || c >= '\uFE00' || c >= '\u0080' && Character.isSpaceChar(c) || c == 'Ð' || c == 'ð';
            if (special) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    private static String cleanCharacters(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) ('0' + (c - '\uFF10'));
            } else if (c == 'Ð' || c == 'ð') {
                c = c == 'Ð' ? 'Đ' : 'đ'; // the Icelandic eth, which converters and fonts leave for Đ: "QÐ", "Ðiều"
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
        return sb.toString();
    }
}
