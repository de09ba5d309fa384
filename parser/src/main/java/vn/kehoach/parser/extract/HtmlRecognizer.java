package vn.kehoach.parser.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Tells HTML from plain text once the bytes are known to be text: the markup starts with a doctype or an
 * {@code html}, {@code head} or {@code body} tag (after white space, comments and an XML declaration), or
 * the name says HTML and the text starts with a tag.
 */
final class HtmlRecognizer {
    private static final Set<String> EXTENSIONS = Set.of("htm", "html", "xhtml");
    private static final String[] OPENINGS = {"<!doctype html", "<html", "<head", "<body"};
    /** Characters looked at: enough for a long XML declaration and a licence comment. */
    private static final int PROLOGUE = 4096;

    private HtmlRecognizer() {
    }

    static boolean recognizes(String text, String extension) {
        String head = skipPrologue(text.substring(0, Math.min(text.length(), PROLOGUE)).toLowerCase(Locale.ROOT));
        for (String opening : OPENINGS) {
            if (head.startsWith(opening)) {
                return true;
            }
        }
        return EXTENSIONS.contains(extension) && head.startsWith("<");
    }

    private static String skipPrologue(String s) {
        String rest = s.strip();
        while (true) {
            if (rest.startsWith("<?xml") && rest.contains("?>")) {
                rest = rest.substring(rest.indexOf("?>") + 2).strip();
            } else if (rest.startsWith("<!--") && rest.contains("-->")) {
                rest = rest.substring(rest.indexOf("-->") + 3).strip();
            } else {
                return rest;
            }
        }
    }
}
