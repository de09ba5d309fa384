package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.parser.entity.AgencyText.Key;
import vn.kehoach.parser.entity.AgencyText.Type;
import vn.kehoach.parser.entity.AgencyWords.Word;
import vn.kehoach.parser.entity.PhraseTable.Hit;

/**
 * One pass over the keys of a cell, deciding at each separator whether a new agency starts. Not thread-safe:
 * one instance per cell.
 *
 * <p>";" and list bullets always separate. A comma, a standing dash, "và" or a line break separates only when
 * what follows starts a new agency: "các ..."; a head ("Sở Nội vụ", "UBND ...", "Văn phòng ...") unless it only
 * continues an enumeration of levels ("các sở, ban, ngành"); a known name; or, after "Sở X", a field that makes
 * a known name with the same head ("Sở Nội vụ, Tài chính" is two departments). It never separates inside a known
 * name ("Sở Văn hóa, Thể thao và Du lịch"), after a head alone ("Văn phòng" / "UBND Thành phố" over a line
 * break), or between a unit and its owner over a line break ("Ban Tuyên giáo" / "Tỉnh ủy"). A colon after a
 * role note ("Chủ trì:") drops it; after a plural head ("Các Sở:", "UBND các huyện:") it distributes the head
 * over the items that follow.
 */
final class AgencySegmenter {
    /**
     * An agency found: keys {@code from..to} (inclusive), and a head carried over from a distributive list.
     */
    record Span(int from, int to, String head) {
    }

    /** Keys looked at past a separator: more than the longest known name has words. */
    private static final int LOOKAHEAD = 24;

    private final AgencyText text;
    private final List<Key> keys;
    private final AgencyGrammar grammar;
    private final AgencyWords words;
    private final KnownNames names;
    private final DistributiveHeads heads;
    private final List<Span> out = new ArrayList<>();

    private int from = -1;
    private int to = -1;
    private String head;        // carried over to the current agency ("Sở" of "Sở Nội vụ, Tài chính")
    private String nextHead;    // carried over to the next one
    private String distributed; // after "Các Sở:", the head of every item

    AgencySegmenter(AgencyText text, AgencyGrammar grammar) {
        this.text = text;
        this.keys = text.keys();
        this.grammar = grammar;
        this.words = grammar.words();
        this.names = grammar.names();
        this.heads = new DistributiveHeads(text, grammar);
    }

    List<Span> spans() {
        for (int k = 0; k < keys.size(); k++) {
            Key key = keys.get(k);
            if (from >= 0 && key.breakBefore() && key.isWord() && keys.get(k - 1).isWord()) {
                separator(k - 1, k, true);
            }
            if (key.isWord()) {
                k = word(k);
                continue;
            }
            switch (key.type()) {
                case SEMICOLON, BULLET -> {
                    flush();
                    distributed = null;
                }
                case COLON -> colon(k);
                default -> separator(k, next(k), false);
            }
        }
        flush();
        return out;
    }

    /** Adds a word to the current agency, or starts one (dropping the titles before it); the index reached. */
    private int word(int k) {
        if (from >= 0) {
            for (Hit<Boolean> joiner : words.joiners(keys, k)) {
                int after = k + joiner.length();
                if (distributed == null && grammar.startsAgency(keys, grammar.afterRoles(keys, after))) {
                    flush(); // "Sở Nội vụ phối hợp với Sở Tài chính"
                    return after - 1;
                }
            }
            to = k;
            return k;
        }
        int start = grammar.afterRoles(keys, k);
        if (start != k) {
            return start - 1;
        }
        if (keys.get(k).type() == Type.PAREN && words.isNote(text.tokens().get(keys.get(k).token()).text())) {
            return k; // "(chủ trì)" before anything
        }
        if (distributed != null && grammar.startsAgency(keys, k) && !continuesDistributed(k)) {
            distributed = null; // "Các Sở: Nội vụ, Tài chính và UBND các huyện"
        }
        from = k;
        to = k;
        head = distributed != null ? distributed : nextHead;
        nextHead = null;
        return k;
    }

    private void separator(int at, int next, boolean lineBreak) {
        if (from < 0 || next < 0) {
            return;
        }
        if (distributed != null) {
            if (!continuesKnownName(next)) {
                flush();
            }
            return;
        }
        if (startsNew(next, lineBreak)) {
            flush();
        }
    }

    private boolean startsNew(int next, boolean lineBreak) {
        if (lineBreak && isLoneHead() || continuesKnownName(next) || isTrailingNote(next)) {
            return false;
        }
        if (lineBreak && words.isUnit(keys, from) && words.isOwner(keys, next)) {
            return false;
        }
        int s = grammar.afterRoles(keys, next);
        Optional<Hit<Word>> hit = words.word(keys, s);
        Word w = hit.map(Hit::value).orElse(null);
        if (w == Word.MANY || w == Word.HEAD || w == Word.BODY) {
            return true;
        }
        if (w == Word.KIND) {
            return !(grammar.bareBefore(keys, s + hit.get().length()) && isEnumeration());
        }
        if (w == Word.GENERIC) {
            return !isEnumeration();
        }
        if (w == Word.PLACE) {
            return false;
        }
        if (names.prefixOf(KnownNames.words(keys, s, s + LOOKAHEAD).words()).isPresent() || isAcronym(s)) {
            return true;
        }
        return distributes(s);
    }

    /** A role note that ends the agency: "Sở Y tế - cơ quan thường trực" (dropped when the agency is complete). */
    private boolean isTrailingNote(int next) {
        for (Hit<Boolean> note : words.notes(keys, next)) {
            int end = next + note.length();
            if (end == keys.size() || keys.get(end).isSeparator() && keys.get(end).type() != Type.AND) {
                return true;
            }
        }
        return false;
    }

    /** A word in capitals that is no abbreviation names a body by itself: "Sở Nội vụ, VNPT tỉnh". */
    private boolean isAcronym(int s) {
        Key key = keys.get(s);
        AgencyText.Token t = text.tokens().get(key.token());
        return !key.inner() && t.type() == Type.WORD && t.expansion() == null && t.text().length() >= 2
                && t.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isLetter(t.text().charAt(0)) && !isEnumeration();
    }

    /** The current agency is a head alone, wrapped before its name: "Văn phòng", "Học viện", "Các". */
    private boolean isLoneHead() {
        Optional<Hit<Word>> hit = words.word(keys, from);
        return head == null && hit.isPresent() && hit.get().length() == to - from + 1
                && (hit.get().value() == Word.HEAD || hit.get().value() == Word.KIND || hit.get().value() == Word.MANY);
    }

    /** The current agency enumerates kinds of bodies: it starts with "các", a generic word or a bare kind. */
    private boolean isEnumeration() {
        Optional<Hit<Word>> hit = words.word(keys, from);
        if (hit.isEmpty()) {
            return false;
        }
        Word w = hit.get().value();
        return w == Word.MANY || w == Word.GENERIC || w == Word.KIND && grammar.bareBefore(keys, from + hit.get().length());
    }

    private boolean continuesKnownName(int next) {
        if (to - from > LOOKAHEAD) {
            return false; // longer than any known name
        }
        List<String> current = new ArrayList<>(DistributiveHeads.words(head));
        current.addAll(KnownNames.words(keys, from, to).words());
        return names.continues(current, KnownNames.words(keys, next, next + LOOKAHEAD).words());
    }

    /** After "Sở Nội vụ", a field that makes a known name with the same head ("Tài chính") is the next one. */
    private boolean distributes(int s) {
        Optional<String> carried = heads.carriedOver(from, head, s);
        carried.ifPresent(h -> nextHead = h);
        return carried.isPresent();
    }

    /** After "Các Bộ:", "Công an" heads a known name with the distributed head: it is an item, not a new agency. */
    private boolean continuesDistributed(int k) {
        return names.continues(DistributiveHeads.words(distributed), KnownNames.words(keys, k, k + LOOKAHEAD).words());
    }

    private void colon(int k) {
        if (from < 0) {
            return;
        }
        if (words.notes(keys, from).stream().anyMatch(h -> h.length() == to - from + 1)) {
            reset(); // "Chủ trì:" is a label
            return;
        }
        String over = heads.afterColon(from, to);
        if (over != null) {
            reset();
            distributed = over;
            return;
        }
        separator(k, next(k), false);
    }

    private void flush() {
        if (from >= 0) {
            int end = to;
            for (int s = from + 1; s <= end; s++) {
                int at = s;
                int last = end;
                if (words.notes(keys, at).stream().anyMatch(h -> at + h.length() - 1 == last)) {
                    end = s - 1; // "Sở Nội vụ chủ trì"
                    break;
                }
            }
            while (end >= from && keys.get(end).isSeparator()) {
                end--;
            }
            if (end >= from) {
                out.add(new Span(from, end, head));
            }
        }
        reset();
    }

    private void reset() {
        from = -1;
        to = -1;
        head = null;
    }

    /** The first word key after separator {@code k}, or -1 at the end or at a ";". */
    private int next(int k) {
        for (int i = k + 1; i < keys.size(); i++) {
            Key key = keys.get(i);
            if (key.isWord()) {
                return i;
            }
            if (key.type() == Type.SEMICOLON || key.type() == Type.BULLET) {
                return -1;
            }
        }
        return -1;
    }
}
