package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Appendix;
import vn.kehoach.parser.normalize.Casing;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.Layout;

/** Turns the appendix headings of the layout into the {@code appendices} of the document, titles in printed case. */
public final class AppendixReader {
    private final Casing casing;

    public AppendixReader() {
        this(Casing.DEFAULT);
    }

    AppendixReader(Casing casing) {
        this.casing = casing;
    }

    public List<Appendix> read(NormalizedText text, Layout layout) {
        List<Appendix> out = new ArrayList<>();
        for (Layout.AppendixHeading h : layout.appendices()) {
            out.add(new Appendix("Phụ lục", h.number(), title(text, h), text.sourceLine(h.line())));
        }
        return out;
    }

    /** The title of one appendix in printed case, or null. */
    public String title(NormalizedText text, Layout.AppendixHeading h) {
        String raw = h.rawTitle(text);
        return raw == null ? null : casing.restore(raw);
    }
}
