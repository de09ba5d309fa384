package vn.kehoach.parser.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kehoach.model.DocumentType;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/**
 * The document type names of headers ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), from
 * {@code document-types.tsv}. Thread-safe; immutable.
 */
public final class DocumentTypes {
    /** The vocabulary shipped with the parser. */
    public static final DocumentTypes DEFAULT = new DocumentTypes(Vocabulary.rows("document-types.tsv"));

    private final List<Entry> entries;

    DocumentTypes(List<String[]> rows) {
        List<Entry> list = new ArrayList<>();
        for (String[] r : rows) {
            Set<String> codes = r.length > 2 && !r[2].isBlank() ? Set.of(r[2].split(",")) : Set.of();
            list.add(new Entry(DocumentType.valueOf(r[0].strip()), r[1].strip(), Fold.words(r[1]), codes));
        }
        list.sort(Comparator.comparingInt((Entry e) -> e.folded().length()).reversed());
        this.entries = List.copyOf(list);
    }

    /**
     * One type name.
     *
     * @param type the spec enum
     * @param name the name in sentence case ("Kế hoạch")
     * @param folded the name folded to ASCII words ("ke hoach")
     * @param codes the type codes that fit it in a number and symbol ("KH")
     */
    public record Entry(DocumentType type, String name, String folded, Set<String> codes) {
    }

    /** The entry whose folded name equals the folded words of {@code text}. */
    public Optional<Entry> exactly(String text) {
        String w = Fold.words(text);
        return entries.stream().filter(e -> e.folded().equals(w)).findFirst();
    }

    /** The longest entry whose folded name starts the folded words of {@code text}, followed by a word break. */
    public Optional<Entry> prefixOf(String text) {
        String w = Fold.words(text);
        return entries.stream().filter(e -> w.startsWith(e.folded() + " ")).findFirst();
    }

    /** All type codes known, for telling a type code from an issuer code in a symbol. */
    public boolean isTypeCode(String code) {
        for (Entry e : entries) {
            if (e.codes().contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** The entry for a spec type, if the vocabulary has one. */
    public Optional<Entry> of(DocumentType type) {
        return entries.stream().filter(e -> e.type() == type).reduce((a, b) -> b);
    }
}
