package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.DocumentType;
import vn.kehoach.model.Objective;
import vn.kehoach.model.ObjectiveKind;
import vn.kehoach.model.SectionRole;
import vn.kehoach.model.Target;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.Outline;
import vn.kehoach.parser.time.TargetParser;

/**
 * Reads the objectives: the items of the objective sections (Mục đích, Mục tiêu chung / cụ thể, Chỉ tiêu),
 * with their targets. Under a titled section ("1. Mục tiêu chung") each dash item is an objective, or, with
 * no items, its paragraph; a numbered item that is a sentence ("2. Xác lập tiêu chuẩn cho 100% các chức danh")
 * is one itself. Requirements (Yêu cầu) are not objectives. A news article has no outline: its paragraphs
 * that state targets are its objectives.
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class ObjectiveRecognizer {

    private final TargetParser targets = new TargetParser();

    public List<Objective> recognize(NormalizedText text, Layout layout, Outline outline, DocumentType type) {
        if (type == DocumentType.ARTICLE) {
            return fromParagraphs(text);
        }
        List<Objective> out = new ArrayList<>();
        List<Outline.Heading> headings = outline.headings();
        String kindWords = "";
        for (int k = 0; k < headings.size(); k++) {
            Outline.Heading h = headings.get(k);
            if (h.role() != SectionRole.OBJECTIVES) {
                continue;
            }
            int end = k + 1 < headings.size() ? headings.get(k + 1).line() : layout.closingStart();
            end = Math.min(end, Math.min(layout.closingStart(), layout.appendixStart()));
            if (Outline.isTitle(h.text())) {
                kindWords = Fold.words(h.text());
                List<Item> items = items(text, h.lastLine() + 1, end);
                for (int i = 0; i < items.size(); i++) {
                    String ref = items.size() == 1 && !items.get(i).dashed ? h.path() : h.path() + "." + (i + 1);
                    out.add(objective(ref, items.get(i).text, kind(kindWords), text.sourceLine(items.get(i).line)));
                }
            } else {
                out.add(objective(h.path(), h.text(), kind(kindWords), text.sourceLine(h.line())));
            }
        }
        return out;
    }

    private record Item(String text, int line, boolean dashed) {
    }

    /** Dash items of the lines (a "+" line belongs to the item above it), or else their paragraph as one. */
    private static List<Item> items(NormalizedText text, int from, int to) {
        List<Item> dashed = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int paragraphLine = 0;
        for (int i = from; i < to; i++) {
            String t = text.line(i).text().strip();
            if (LineShape.isSeparator(t)) {
                continue;
            }
            if (t.startsWith("-") || t.startsWith("•")) {
                dashed.add(new Item(t.substring(1).strip(), i, true));
            } else if (t.startsWith("+") && !dashed.isEmpty()) {
                Item last = dashed.remove(dashed.size() - 1);
                dashed.add(new Item(last.text + " " + t, last.line, true));
            } else if (dashed.isEmpty()) {
                if (paragraphLine == 0) {
                    paragraphLine = i;
                }
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(t);
            }
        }
        if (!dashed.isEmpty()) {
            return dashed;
        }
        return paragraph.length() == 0 ? List.of() : List.of(new Item(paragraph.toString(), paragraphLine, false));
    }

    private Objective objective(String ref, String text, ObjectiveKind kind, int line) {
        List<Target> found = targets.parse(text);
        return new Objective(ref, text, kind, found, line);
    }

    /** Paragraphs of a news text that state targets. */
    private List<Objective> fromParagraphs(NormalizedText text) {
        List<Objective> out = new ArrayList<>();
        for (NormalizedText.Line l : text.lines()) {
            List<Target> found = targets.parse(l.text());
            if (!found.isEmpty()) {
                out.add(new Objective(null, l.text(), ObjectiveKind.SPECIFIC, found, l.sourceLine()));
            }
        }
        return out;
    }


    /** General under "Mục tiêu chung", "Mục tiêu tổng quát", "Mục đích"; specific otherwise. */
    private static ObjectiveKind kind(String titleWords) {
        return titleWords.contains("chung") || titleWords.contains("tong quat") || titleWords.contains("muc dich")
                ? ObjectiveKind.GENERAL : ObjectiveKind.SPECIFIC;
    }
}
