package vn.kehoach.parser.outline;

import java.util.List;
import java.util.Optional;

/**
 * Where the parts of a document are, as line numbers (1-based, inclusive; 0 for "none").
 *
 * @param type the document type named in the header, if any
 * @param typeLine the line with the type name, or 0
 * @param titleLines the lines of the title (trích yếu), possibly empty
 * @param headerEnd the last line of the header block above the type name (0 when there is none)
 * @param bodyStart the first line after the title: preamble (căn cứ) and body
 * @param closingStart the first line of the closing ("Nơi nhận", signature), or the line after the body
 * @param appendices the appendix headings, in order
 * @param lastLine the number of lines
 */
public record Layout(Optional<DocumentTypes.Entry> type, int typeLine, List<Integer> titleLines, int headerEnd,
        int bodyStart, int closingStart, List<AppendixHeading> appendices, int lastLine) {
    public Layout {
        titleLines = List.copyOf(titleLines);
        appendices = List.copyOf(appendices);
    }

    /** The line before which the body and closing end: the first appendix heading, or past the last line. */
    public int appendixStart() {
        return appendices.isEmpty() ? lastLine + 1 : appendices.get(0).line();
    }

    /**
     * An appendix heading ("PHỤ LỤC", "Phụ lục số 2", "PHỤ LỤC II: DANH MỤC ...").
     *
     * @param line the first line of the heading
     * @param number the number as printed ("2", "II"), or null
     * @param titleLines the lines of its title, possibly empty
     * @param inlineTitle a title printed on the heading line itself, or null
     * @param end the last line of the heading, title and caption
     */
    public record AppendixHeading(int line, String number, List<Integer> titleLines, String inlineTitle, int end) {
        public AppendixHeading {
            titleLines = List.copyOf(titleLines);
        }

        /** The title as printed (inline, or its lines joined), or null when it has none. */
        public String rawTitle(vn.kehoach.parser.normalize.NormalizedText text) {
            String raw;
            if (inlineTitle != null) {
                raw = inlineTitle;
            } else {
                StringBuilder sb = new StringBuilder();
                for (int n : titleLines) {
                    sb.append(sb.length() == 0 ? "" : " ").append(text.line(n).text().strip());
                }
                raw = sb.toString();
            }
            raw = raw.replaceAll("^[:.\\-\\s]+", "").strip();
            return raw.isEmpty() ? null : raw;
        }
    }
}
