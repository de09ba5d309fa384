package vn.kehoach.parser.normalize;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.parser.extract.Block;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.extract.TableBlock;
import vn.kehoach.parser.extract.TextBlock;
import vn.kehoach.parser.normalize.NormalizedText.CellPosition;
import vn.kehoach.parser.normalize.NormalizedText.Line;

/**
 * Lays the blocks out as lines and normalizes them: each line to NFC (ICU4J) with compatibility spaces,
 * invisible characters, soft hyphens, dashes and full-width digits cleaned and runs of spaces folded, tone
 * marks in the chosen {@link ToneStyle}; then web boilerplate is dropped and hard-wrapped lines are joined.
 * Every normalized character keeps its source line and column ({@link SourceMap}).
 *
 * <p>Thread-safe; immutable.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

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
        List<MappedLine> lines = new ArrayList<>();
        int table = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof TextBlock t) {
                for (String raw : t.text().split("\r\n|\r|\n", -1)) {
                    add(lines, raw, null);
                }
            } else if (block instanceof TableBlock tb) {
                // A table is set off by blank lines, and so is each cell, like web text with one cell per paragraph.
                if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                    add(lines, "", null);
                }
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
        List<MappedLine> kept = joiner.join(boilerplate.filter(lines));
        List<Line> numbered = new ArrayList<>(kept.size());
        for (MappedLine l : kept) {
            numbered.add(new Line(numbered.size() + 1, l.text(), l.cell(), l.source()));
        }
        return new NormalizedText(doc.name(), numbered);
    }

    /** Normalizes one raw line, numbered by its place in the laid-out source. */
    private void add(List<MappedLine> lines, String raw, CellPosition pos) {
        int number = lines.size() + 1;
        String text = normalizeLine(raw, tones);
        lines.add(new MappedLine(text, SourceMap.align(raw, number, text), pos));
    }

    /** Normalizes one line of text (no line breaks inside), with modern tone marks. */
    public static String normalizeLine(String raw) {
        return normalizeLine(raw, ToneStyle.MODERN);
    }

    /** Normalizes one line of text (no line breaks inside), tone marks in the given style. */
    public static String normalizeLine(String raw, ToneStyle tones) {
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
        // NFC after the cleaning, so that marks that met across a removed character compose too.
        String cleaned = sb.length() == raw.length() && raw.contentEquals(sb) ? raw : sb.toString();
        String nfc = NFC.isNormalized(cleaned) ? cleaned : NFC.normalize(cleaned);
        String toned = tones.apply(nfc);
        // Moving a tone next to a stray combining mark can leave a sequence NFC would compose differently.
        return toned == nfc || NFC.isNormalized(toned) ? toned : NFC.normalize(toned);
    }
}
