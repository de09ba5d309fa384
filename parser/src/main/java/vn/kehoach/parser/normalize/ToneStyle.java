package vn.kehoach.parser.normalize;

/**
 * Where tone marks go in the open syllables oa, oe and uy. The spec asks for {@link #MODERN}; recognizers
 * match through {@link Fold}, so any style is read alike.
 */
public enum ToneStyle {
    /** As written. */
    KEEP,
    /** On the first vowel: hòa, khỏe, thủy, Ủy (the spec's style; the default). */
    MODERN,
    /** On the second vowel: hoà, khoẻ, thuỷ, Uỷ. */
    OLD;

    String apply(String s) {
        return switch (this) {
            case KEEP -> s;
            case MODERN -> ToneMarks.modernize(s);
            case OLD -> ToneMarks.toOld(s);
        };
    }
}
