package vn.kehoach.parser.validate.rule;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Agency;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.validate.RuleContext;

/**
 * Tells the document itself from the documents it cites. The document calls itself by its type ("Kế hoạch
 * này", "Phụ lục Kế hoạch") or by its own number; a decision that approves a plan ("Phê duyệt Đề án ...") also
 * calls the plan by the approved type. Any other type ("Nghị định số 30/2020/NĐ-CP", "Thông tư này") or
 * number names another document. Works on {@link Fold folded} text.
 */
final class OwnDocument {
    /** A document number: "30/2020/nd-cp", "905/qd-bnv", "18-nq/tw" (folded). */
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\d])\\d+[a-z]?(?:/\\d{4})?[/-][a-z]+(?:[/-][a-z0-9]+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    /** How far into a phrase a type name or number may stand and still be what the phrase points to. */
    private static final int REACH_WORDS = 8;

    /** Words after a type name that are neither the title's nor the issuer's: the name of another document. */
    private static final int MAX_OTHER_WORDS = 1;

    private final Set<String> names;
    private final String number;
    /** The folded words of the title and of the issuers' names, which may follow the type name. */
    private final Set<String> ownWords;

    private OwnDocument(Set<String> names, String number, Set<String> ownWords) {
        this.names = names;
        this.number = number;
        this.ownWords = ownWords;
    }

    static OwnDocument of(RuleContext c) {
        Set<String> names = new HashSet<>();
        String type = c.plan().document().typeName();
        if (type != null) {
            names.add(Fold.words(type));
        }
        String title = c.plan().document().title();
        if (title != null) {
            String f = Fold.fold(title);
            Matcher verb = ReferenceWords.APPROVES.matcher(f);
            if (verb.find() && verb.start() <= offsetOfWord(f, 3)) { // "(Về việc) phê duyệt Đề án ..."
                Matcher t = ReferenceWords.TYPES.matcher(f);
                if (t.find(verb.end()) && f.substring(verb.end(), t.start()).isBlank()) {
                    names.add(Fold.words(t.group())); // the approved Đề án is the plan
                }
            }
        }
        String n = c.plan().document().number();
        Set<String> own = new HashSet<>();
        addWords(own, title);
        for (Agency a : new Agency[] {c.plan().document().issuer(), c.header().parentIssuer()}) {
            if (a != null) {
                addWords(own, a.name());
                addWords(own, a.canonical());
            }
        }
        return new OwnDocument(names, n == null ? null : Fold.fold(n).replaceAll("\\s+", ""), own);
    }

    private static void addWords(Set<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.addAll(Arrays.asList(Fold.words(s).split(" ")));
        }
    }

    /** True when a type name as matched ("ke hoach") is what this document calls itself. */
    boolean isName(String foldedType) {
        String type = Fold.words(foldedType);
        // "Chương trình hành động" calls itself "Chương trình" too, and the other way round
        return names.stream().anyMatch(n -> n.equals(type) || n.startsWith(type + " ") || type.startsWith(n + " "));
    }

    /**
     * True when the phrase after a reference ("ban hành kèm theo Nghị định số 30/2020/NĐ-CP", "của Thông tư này")
     * names another document: the first type name or number within a few words decides; none means this one.
     */
    boolean citesOther(String tail) {
        String f = Fold.fold(tail);
        int reach = offsetOfWord(f, REACH_WORDS);
        Matcher t = ReferenceWords.TYPES.matcher(f);
        Matcher s = SYMBOL.matcher(f);
        boolean type = t.find() && t.start() < reach;
        boolean symbol = s.find() && s.start() < reach;
        if (symbol && (!type || s.start() < t.start())) {
            return !isOwnNumber(s.group());
        }
        if (!type) {
            return false;
        }
        String after = f.substring(t.end());
        Matcher self = ReferenceWords.THIS.matcher(after);
        if (self.lookingAt() || self.find() && after.substring(0, self.start()).isBlank()) {
            return !isName(t.group()); // "Kế hoạch này" is this plan, "Thông tư này" is not
        }
        Matcher number = SYMBOL.matcher(after);
        if (number.find() && after.substring(0, number.start()).strip().matches("(so\\s*:?)?")) {
            return !isOwnNumber(number.group());
        }
        // "Phụ lục Kế hoạch": this plan; "Phụ lục I Nghị định": another; "Phụ lục III Kế hoạch cải cách hành
        // chính của Bộ Nội vụ": another plan, by a name that is not this one's
        return !isName(t.group()) || !namesThis(after);
    }

    /**
     * True when the words after this document's type name ("Kế hoạch ...") say nothing, or say this document's
     * title or issuer again ("kèm theo Kế hoạch phát triển kinh tế - xã hội năm 2023"); "Kế hoạch cải cách hành
     * chính của Bộ Nội vụ", "Kế hoạch của Ủy ban nhân dân tỉnh về chuyển đổi số" name another one.
     */
    private boolean namesThis(String after) {
        String w = Fold.words(ReferenceWords.OF.matcher(after).replaceAll(" "));
        int other = 0;
        for (String word : w.isEmpty() ? new String[0] : w.split(" ")) {
            if (!ownWords.contains(word) && ++other > MAX_OTHER_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the words after "kèm theo" say it goes with this document: nothing more in the clause
     * ("(Phụ lục kèm theo)"), or this document by name ("kèm theo Kế hoạch này").
     */
    boolean attachedHere(String afterAttached) {
        String f = Fold.fold(afterAttached).strip();
        if (f.isEmpty() || ",;.)".indexOf(f.charAt(0)) >= 0) {
            return true;
        }
        Matcher t = ReferenceWords.TYPES.matcher(f);
        return t.lookingAt() && !citesOther(f);
    }

    /** True when the text holds the number of a document other than this one ("số 18/KH-UBND"). */
    boolean hasOtherNumber(String folded) {
        Matcher s = SYMBOL.matcher(folded);
        while (s.find()) {
            if (!isOwnNumber(s.group())) {
                return true;
            }
        }
        return false;
    }

    private boolean isOwnNumber(String symbol) {
        return number != null && number.equals(symbol);
    }

    /** The offset where word {@code n} (0-based) of the text starts, or its length when it has fewer. */
    private static int offsetOfWord(String f, int n) {
        Matcher w = WORD.matcher(f);
        int k = 0;
        while (w.find()) {
            if (k++ == n) {
                return w.start();
            }
        }
        return f.length();
    }
}
