package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognizes lines written in a legacy font (TCVN3, VNI-Windows) that reached us as Windows-1252 characters:
 * "Céng hoµ x· héi" is TCVN3 for "Cộng hoà xã hội", "Coäng hoøa xaõ hoäi" VNI for the same.
 *
 * <p>A line is looked at only when it has characters of the Windows-1252 upper half and no letter beyond it
 * (a "ộ" or a combining mark proves Unicode): ASCII lines and ordinary Vietnamese cost one scan that
 * usually stops at the first such letter. Such a line is decoded in each encoding and counted with
 * {@link Plausibility}; an encoding wins when its reading {@linkplain Plausibility#clearlyBeats clearly
 * beats} the text as it is. In a document, lines the words alone cannot settle ("Sè:" is "Số:" in TCVN3, and
 * "sè" is itself a syllable) follow the document: when at least two lines were clearly of one encoding, and
 * more than the lines of plain Unicode Vietnamese, a line whose reading in that encoding
 * {@linkplain Plausibility#holdsUpAgainst holds up} against the text as it is is read so too. A
 * font mixed within one line is not recognized.
 *
 * <p>Thread-safe; stateless.
 */
public final class LegacyTextRecognizer {
    /** Lines clearly in one encoding needed before the document decides the doubtful ones. */
    private static final int DOCUMENT_EVIDENCE = 2;

    /** The encoding {@code line} is clearly written in, if any. */
    public Optional<LegacyEncoding> recognize(String line) {
        return shape(line) == Shape.CANDIDATE ? Readings.of(line).clearWinner() : Optional.empty();
    }

    /** The encoding of each line, the document deciding the doubtful ones (see the class comment). */
    public List<Optional<LegacyEncoding>> recognize(List<String> lines) {
        List<Optional<LegacyEncoding>> result = new ArrayList<>(lines.size());
        List<Doubtful> doubtful = new ArrayList<>();
        Map<LegacyEncoding, Integer> clear = new EnumMap<>(LegacyEncoding.class);
        int unicode = 0;
        for (int i = 0; i < lines.size(); i++) {
            Optional<LegacyEncoding> found = Optional.empty();
            switch (shape(lines.get(i))) {
                case UNICODE -> unicode++;
                case CANDIDATE -> {
                    Readings r = Readings.of(lines.get(i));
                    found = r.clearWinner();
                    if (found.isPresent()) {
                        clear.merge(found.get(), 1, Integer::sum);
                    } else {
                        doubtful.add(new Doubtful(i, r));
                    }
                }
                case PLAIN -> { }
            }
            result.add(found);
        }
        Optional<LegacyEncoding> document = documentEncoding(clear, unicode);
        if (document.isPresent()) {
            for (Doubtful d : doubtful) {
                if (d.readings().holdsUp(document.get())) {
                    result.set(d.line(), document);
                }
            }
        }
        return result;
    }

    private static Optional<LegacyEncoding> documentEncoding(Map<LegacyEncoding, Integer> clear, int unicode) {
        LegacyEncoding best = null;
        int most = 0;
        int total = 0;
        for (Map.Entry<LegacyEncoding, Integer> e : clear.entrySet()) {
            total += e.getValue();
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        // One encoding, shown more than once, in more lines than plain Unicode and than all others together.
        boolean settled = most >= DOCUMENT_EVIDENCE && most > unicode && most * 2 > total;
        return settled ? Optional.of(best) : Optional.empty();
    }

    /** What a line can be, found in one scan. */
    private enum Shape {
        /** ASCII, or only characters no legacy code stands for: nothing to decode. */
        PLAIN,
        /** Has a letter or mark beyond Windows-1252 ("ộ", U+0301): Unicode text. */
        UNICODE,
        /** Windows-1252 upper-half characters and no letter beyond: maybe a legacy font. */
        CANDIDATE
    }

    private static Shape shape(String line) {
        boolean high = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x100) {
                high |= c != '\u00A0';
            } else if (Windows1252.toByte(c) < 0 && (Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return Shape.UNICODE;
            }
        }
        return high ? Shape.CANDIDATE : Shape.PLAIN;
    }

    /** A candidate line no encoding clearly won, by its index. */
    private record Doubtful(int line, Readings readings) {
    }

    /** A candidate line counted as it is and as read in each encoding. */
    private record Readings(Plausibility asIs, Map<LegacyEncoding, Plausibility> decoded) {
        static Readings of(String line) {
            Map<LegacyEncoding, Plausibility> decoded = new EnumMap<>(LegacyEncoding.class);
            for (LegacyEncoding e : LegacyEncoding.values()) {
                String d = e.decode(line);
                if (!d.equals(line)) {
                    decoded.put(e, Plausibility.of(d));
                }
            }
            return new Readings(Plausibility.of(line), decoded);
        }

        /** The encoding whose reading clearly beats the text as it is and every other reading. */
        Optional<LegacyEncoding> clearWinner() {
            LegacyEncoding best = null;
            for (Map.Entry<LegacyEncoding, Plausibility> e : decoded.entrySet()) {
                if (e.getValue().clearlyBeats(asIs)
                        && (best == null || e.getValue().score() > decoded.get(best).score())) {
                    best = e.getKey();
                }
            }
            if (best != null) {
                for (Map.Entry<LegacyEncoding, Plausibility> e : decoded.entrySet()) {
                    if (e.getKey() != best && e.getValue().score() >= decoded.get(best).score()) {
                        return Optional.empty(); // two encodings read it equally well: leave it
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        boolean holdsUp(LegacyEncoding e) {
            Plausibility p = decoded.get(e);
            return p != null && p.holdsUpAgainst(asIs);
        }
    }
}
