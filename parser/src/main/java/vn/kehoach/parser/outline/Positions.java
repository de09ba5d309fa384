package vn.kehoach.parser.outline;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Fold;

/** Head positions and deciding bodies ({@code positions.tsv}): signature lines and the authority line of a decision. */
public final class Positions {
    private static final List<String[]> ROWS = Vocabulary.rows("positions.tsv");
    private static final Pattern POSITION = Pattern.compile("^(pho )?(" + join("POSITION") + ")\\b.*");
    private static final Pattern AUTHORITY = Pattern.compile("^(" + join("POSITION") + "|" + join("BODY") + ")\\b.*");

    private Positions() {
    }

    /** True when the line starts with a position title, possibly a deputy's ("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG"). */
    public static boolean isPosition(String line) {
        return POSITION.matcher(Fold.fold(line.strip())).matches();
    }

    /** True for the authority line of a decision: a position or a deciding body ("BỘ TRƯỞNG BỘ NỘI VỤ"). */
    public static boolean isAuthority(String line) {
        return AUTHORITY.matcher(Fold.fold(line.strip())).matches();
    }

    private static String join(String kind) {
        return ROWS.stream().filter(r -> r[1].strip().equals(kind)).map(r -> Pattern.quote(r[0].strip()))
                .collect(Collectors.joining("|"));
    }
}
