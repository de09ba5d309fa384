package vn.kehoach.parser.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Section;
import vn.kehoach.model.SectionRole;
import vn.kehoach.parser.normalize.Casing;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;

/**
 * Builds the outline of the body from its numbered headings (Phần, Chương, Mục, Điều, I., 1., 1.1., a)) and
 * adds the appendices. Nesting follows the order in which numbering styles first appear: a style seen before
 * closes the deeper ones (I. › 1. › a) ... then II.), and decimal numbers nest by their number of parts.
 * A heading in capitals that wraps onto more capitals lines is joined; "Điều 1." alone on its line takes the
 * next line as its heading.
 *
 * <p>Thread-safe; stateless apart from its vocabulary.
 */
public final class OutlineRecognizer {
    private static final int MAX_WRAPPED_LINES = 3;

    private final SectionRoles roles;

    public OutlineRecognizer() {
        this(SectionRoles.DEFAULT);
    }

    OutlineRecognizer(SectionRoles roles) {
        this.roles = roles;
    }

    private static final class Node {
        final String key;
        final String label;
        final HeadingMarker marker;
        final String text;
        final int line;
        final int lastLine;
        final int sourceLine;
        SectionRole role;
        final List<Node> children = new ArrayList<>();

        Node(String key, String label, HeadingMarker marker, String text, int line, int lastLine, int sourceLine) {
            this.key = key;
            this.label = label;
            this.marker = marker;
            this.text = text;
            this.line = line;
            this.lastLine = lastLine;
            this.sourceLine = sourceLine;
        }
    }

    public Outline recognize(NormalizedText text, Layout layout) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        int end = Math.min(layout.closingStart(), layout.appendixStart());
        for (int i = Math.max(1, layout.bodyStart()); i < end; i++) {
            String t = text.line(i).text();
            Optional<HeadingMarker.Match> m = HeadingMarker.match(t);
            if (m.isEmpty()) {
                continue;
            }
            int last = i;
            String heading = m.get().text();
            if (heading.isEmpty()) {
                int next = nextNonBlank(text, i + 1, end);
                if (next > 0 && HeadingMarker.match(text.line(next).text()).isEmpty()) {
                    heading = text.line(next).text().strip();
                    last = next;
                }
            } else if (LineShape.isUpperCase(heading)) {
                for (int k = i + 1; k < end && k <= i + MAX_WRAPPED_LINES; k++) {
                    String more = text.line(k).text().strip();
                    if (more.isEmpty() || LineShape.isSeparator(more) || !LineShape.isUpperCase(more)
                            || HeadingMarker.match(more).isPresent()) {
                        break;
                    }
                    heading = heading + " " + more;
                    last = k;
                }
            }
            Node node = new Node(m.get().levelKey(), m.get().label(), m.get().marker(), heading, i, last,
                    text.sourceLine(i));
            int at = indexOf(stack, node.key);
            if (at >= 0) {
                stack.subList(at, stack.size()).clear();
            }
            Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            // A sub-item that reads like a title names its own role; a long content item keeps its parent's
            // ("1.9. Tổ chức thực hiện các quy định ..." is a task, not the organization part).
            Optional<SectionRole> own = Outline.isTitle(heading) ? roles.of(heading) : Optional.empty();
            node.role = own.orElse(parent == null ? SectionRole.OTHER : parent.role);
            (parent == null ? roots : parent.children).add(node);
            stack.add(node);
            i = last;
        }
        List<Outline.Heading> flat = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Node n : roots) {
            sections.add(freeze(n, "", 0, flat));
        }
        AppendixLabels labels = new AppendixLabels(layout.appendices());
        for (Layout.AppendixHeading h : layout.appendices()) {
            String ref = labels.ref(h);
            String raw = h.rawTitle(text);
            String heading = raw == null ? "Phụ lục" : Casing.DEFAULT.restore(raw);
            sections.add(new Section(ref, heading, SectionRole.APPENDIX, text.sourceLine(h.line()), List.of()));
            flat.add(new Outline.Heading(ref, null, heading, h.line(), h.end(), SectionRole.APPENDIX, 0));
        }
        return new Outline(sections, flat);
    }

    private static Section freeze(Node n, String prefix, int depth, List<Outline.Heading> flat) {
        String path = prefix.isEmpty() ? n.label : prefix + "." + n.label;
        // "1.1" under "1" already carries its parent's number: II + 1.1 is "II.1.1", not "II.1.1.1".
        int dot = n.label.lastIndexOf('.');
        if (n.marker == HeadingMarker.DECIMAL && dot > 0 && prefix.endsWith(n.label.substring(0, dot))) {
            String parentNumber = n.label.substring(0, dot);
            String above = prefix.substring(0, prefix.length() - parentNumber.length());
            path = above + n.label;
        }
        flat.add(new Outline.Heading(path, n.marker, n.text, n.line, n.lastLine, n.role, depth));
        // Phần, Chương, Mục and Điều contain the plan's own numbering: "III.1.a" inside "Điều 1".
        String childPrefix = n.marker.isContainer() ? prefix : path;
        List<Section> children = new ArrayList<>();
        for (Node c : n.children) {
            children.add(freeze(c, childPrefix, depth + 1, flat));
        }
        return new Section(n.label, n.text, n.role, n.sourceLine, children);
    }

    private static int indexOf(List<Node> stack, String key) {
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).key.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(NormalizedText text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!LineShape.isSeparator(text.line(i).text())) {
                return i;
            }
        }
        return 0;
    }

    /** Appendix refs: "PL" for a single unnumbered appendix, "PL1", "PL2", "PLII" when numbered or several. */
    static final class AppendixLabels {
        private final List<Layout.AppendixHeading> all;

        AppendixLabels(List<Layout.AppendixHeading> all) {
            this.all = all;
        }

        String ref(Layout.AppendixHeading h) {
            if (h.number() != null) {
                return "PL" + h.number();
            }
            return all.size() == 1 ? "PL" : "PL" + (all.indexOf(h) + 1);
        }
    }
}
