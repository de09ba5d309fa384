package vn.kehoach.parser.validate.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.DocumentSymbol;
import vn.kehoach.model.Severity;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.entity.SymbolParser;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.validate.DocumentFamily;
import vn.kehoach.parser.validate.Findings;
import vn.kehoach.parser.validate.RuleContext;

/**
 * The number line of the header is not written {@code Số: NN/TYPE-ISSUER}: "Số" not followed by a colon, or
 * written "số", "SỐ", "Số :"; spaces inside the symbol ({@code 55 / KH - UBND}); a code group in lower case or
 * joined by something other than a hyphen; a number below 10 without its leading zero ({@code Số: 5/QĐ-UBND}).
 * A draft's blank number ({@code Số:    /KH-UBND}) is not an error here.
 *
 * <p>Party documents follow their own form, {@code Số 18-NQ/TW} (with or without the colon): a Party document
 * numbered in the state form is reported, and spaces and lower case as for state documents; the leading zero
 * is not checked for them. Attached documents have no number of their own; news articles have no header.
 */
public final class SymbolFormRule extends BaseRule {
    private static final SymbolParser SYMBOLS = new SymbolParser();
    /** On folded text: the word "Số", the space before a colon, the colon. */
    private static final Pattern PREFIX = Pattern.compile("(?<![a-z0-9])(so)(?![a-z0-9])(\\s*)(:?)");
    /** What a draft leaves where the number goes. */
    private static final Pattern FILL = Pattern.compile("[\\s.…_]*");
    private static final Pattern PARTY_FORM = Pattern.compile("\\d+[a-zđ]?-[^/]+/.+");
    /** The symbol goes on after what the parser read: a code it could not read, or groups joined by a dot. */
    private static final Pattern CONTINUES = Pattern.compile("(?:\\s?[-\\u2013\\u2014/]\\s?|\\.)[\\p{L}\\d]");
    private static final Pattern LOWER = Pattern.compile(".*\\p{Ll}.*");
    private static final Set<String> MIXED_CASE = mixedCase();

    public SymbolFormRule() {
        super("SYMBOL_FORM", Severity.INFO,
                "NĐ 30/2020 Phụ lục I mục II.3.c (the same form under TT 01/2011); Party: HD 36-HD/VPTW;"
                        + " SYM-001, SYM-002");
    }

    @Override
    public void check(RuleContext c, Findings out) {
        int n = c.header().numberLine();
        if (!c.formal() || c.family() == DocumentFamily.ORGANIZATION || c.attached() || n == 0
                || c.header().number().isEmpty()) {
            return;
        }
        Joined j = Joined.lines(c, n, n + 1);
        String text = j.text();
        Matcher p = PREFIX.matcher(Fold.fold(text));
        Optional<SymbolParser.Found> symbol = Optional.empty();
        while (symbol.isEmpty() && p.find()) {
            int from = p.end();
            symbol = SYMBOLS.find(text, from, true)
                    .filter(s -> FILL.matcher(text.substring(from, s.start())).matches());
        }
        if (symbol.isEmpty()) {
            return;
        }
        SymbolParser.Found found = symbol.get();
        String regulation = Regulations.applied(c);
        boolean party = c.family() == DocumentFamily.PARTY;
        int start = found.start();
        while (start < found.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String raw = text.substring(start, found.end());

        if (!party) {
            String word = text.substring(p.start(1), p.end(1));
            boolean colon = !p.group(3).isEmpty();
            if (!colon || !p.group(2).isEmpty() || !(word.equals("Số") || word.equals("So"))) {
                String printed = text.substring(p.start(), p.end()).strip();
                out.report("prefix", null, j.at(c, p.start()), printed, printed, regulation);
            }
        } else if (!PARTY_FORM.matcher(found.text()).matches()) {
            out.report("party", null, j.at(c, start), raw, raw, regulation);
        }
        Matcher more = CONTINUES.matcher(text).region(found.end(), text.length());
        boolean goesOn = more.lookingAt() && j.lineAt(found.end()) == j.lineAt(more.end() - 1);
        if (goesOn || !badGroups(found.symbol()).isEmpty()) {
            int end = found.end();
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String printed = text.substring(start, end).replaceAll("[,;.]+$", "");
            out.report("groups", null, j.at(c, start), printed, printed, regulation);
        } else if (spaced(j, start, found.end())) {
            out.report("spacing", null, j.at(c, start), raw, raw, found.text(), regulation);
        }
        String number = found.symbol().number();
        if (!party && number != null && number.matches("[1-9][a-zđ]?")) {
            out.report("zero", null, j.at(c, start), raw, number, "0" + found.text(), regulation);
        }
    }

    /** White space inside the symbol, other than a line break where it wraps. */
    private static boolean spaced(Joined j, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(j.text().charAt(i)) && !j.isJoin(i)) {
                return true;
            }
        }
        return false;
    }

    /** The type and issuer groups with lower-case letters that no code is written with. */
    private static List<String> badGroups(DocumentSymbol s) {
        List<String> groups = new ArrayList<>();
        if (s.typeCode() != null) {
            groups.add(s.typeCode());
        }
        if (s.issuerCode() != null) {
            groups.addAll(List.of(s.issuerCode().split("-")));
        }
        return groups.stream().filter(g -> LOWER.matcher(g).matches() && !MIXED_CASE.contains(g)).toList();
    }

    private static Set<String> mixedCase() {
        Set<String> codes = new HashSet<>(TypeCodes.DEFAULT.all());
        codes.addAll(Vocabulary.words("symbol-mixed-case.txt"));
        return Set.copyOf(codes);
    }
}
