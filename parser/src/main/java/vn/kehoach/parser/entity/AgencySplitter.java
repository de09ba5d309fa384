package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Agency;
import vn.kehoach.model.AgencyKind;

/**
 * Splits the text of a cell or phrase into the agencies it names: a comma, semicolon or "và" starts a new
 * agency only when what follows is itself a body ("Sở Tài chính, Sở Kế hoạch và Đầu tư"), so the commas of a
 * collective ("Các sở, ban, ngành") or of a name ("Văn hóa, Thể thao và Du lịch") stay inside it.
 *
 * <p>Thread-safe; immutable.
 */
public final class AgencySplitter {
    /** The vocabulary shipped with the parser. */
    public static final AgencySplitter DEFAULT = new AgencySplitter(AgencyResolver.DEFAULT);

    private final AgencyResolver resolver;

    public AgencySplitter(AgencyResolver resolver) {
        this.resolver = resolver;
    }

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("\\s*(?:[,;\\n]|\\bvà\\b)\\s*");

    /** The agencies named in {@code text}, in order. */
    public List<Agency> split(String text) {
        List<Agency> out = new ArrayList<>();
        java.util.regex.Matcher m = SEPARATOR.matcher(text);
        int start = 0;
        int pieceStart = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            String piece = text.substring(pieceStart, end).strip().replaceAll("[.:]+$", "");
            if (!piece.isEmpty() && pieceStart > start && isHead(piece)) {
                add(out, text.substring(start, separatorBefore(text, pieceStart)));
                start = pieceStart;
            }
            if (!found) {
                break;
            }
            pieceStart = m.end();
        }
        add(out, text.substring(start));
        return out;
    }

    private boolean isHead(String piece) {
        return resolver.resolve(piece).kind() != AgencyKind.OTHER
                || piece.toLowerCase(java.util.Locale.ROOT).startsWith("các ");
    }

    /** Where the separator before {@code at} begins. */
    private static int separatorBefore(String text, int at) {
        java.util.regex.Matcher m = SEPARATOR.matcher(text);
        int begin = at;
        while (m.find()) {
            if (m.end() == at) {
                begin = m.start();
            }
        }
        return begin;
    }

    private void add(List<Agency> out, String name) {
        String n = name.strip().replaceAll("^[,;]+|[,;.:]+$", "").strip();
        if (!n.isEmpty()) {
            out.add(resolver.resolve(n));
        }
    }
}
