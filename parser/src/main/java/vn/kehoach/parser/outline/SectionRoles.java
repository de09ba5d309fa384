package vn.kehoach.parser.outline;

import java.util.List;
import java.util.Optional;
import vn.kehoach.model.SectionRole;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/** Section roles by heading words ({@code section-roles.tsv}); the keyword found earliest decides. */
public final class SectionRoles {
    /** The vocabulary shipped with the parser. */
    public static final SectionRoles DEFAULT = new SectionRoles(Vocabulary.rows("section-roles.tsv"));
    private static final int MAX_WORDS = 16;

    private final List<String[]> rows;

    SectionRoles(List<String[]> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The role a heading names, if its first words name one. */
    public Optional<SectionRole> of(String heading) {
        String[] words = Fold.words(heading).split(" ");
        String head = " " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, MAX_WORDS))) + " ";
        int best = Integer.MAX_VALUE;
        SectionRole role = null;
        for (String[] r : rows) {
            int at = head.indexOf(" " + r[0].strip() + " ");
            if (at >= 0 && at < best) {
                best = at;
                role = SectionRole.valueOf(r[1].strip());
            }
        }
        return Optional.ofNullable(role);
    }
}
