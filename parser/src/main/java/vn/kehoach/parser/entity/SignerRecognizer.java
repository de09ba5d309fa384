package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.kehoach.model.Signer;
import vn.kehoach.model.SigningAuthority;
import vn.kehoach.parser.Vocabulary;
import vn.kehoach.parser.normalize.Casing;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.LineShape;
import vn.kehoach.parser.normalize.NormalizedText;
import vn.kehoach.parser.outline.ClosingMarks;
import vn.kehoach.parser.outline.Layout;
import vn.kehoach.parser.outline.Positions;

/**
 * Reads the signature block between the end of the body and the first appendix: signing marks
 * ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's position lines ("PHÓ CHỦ TỊCH"), and the name,
 * possibly wrapped ("Võ\nVăn Hoan") and after "(Đã ký)" or blank lines. Without a signing mark, a known
 * position line followed by a name is a signature too. Skipped on the way to the name: notes in brackets
 * ("(Đã ký)", also before the name on its line), the lines of a digital signature's stamp ("Ký bởi: ...",
 * "Ngày ký: ...") and a rank of the armed forces or the police before the name ("Thiếu tướng", which the
 * model has no place for); words in {@code signature-words.tsv}. A closing set beside "Nơi nhận" in columns
 * is read from its own column ({@link ClosingColumns}).
 *
 * <p>Thread-safe; stateless.
 */
public final class SignerRecognizer {
    private static final Pattern SIGNED_NOTE = Pattern.compile("^\\(?\\s*(da ky|ky|ky ten|ky ten, dong dau|da ky va dong dau|ky, dong dau|ky, ghi ro ho ten)\\b.*");
    private static final int NAME_LOOKAHEAD = 8;
    private static final List<String[]> WORDS = Vocabulary.rows("signature-words.tsv");
    /** A rank before the name, folded; group 1 is what follows it. */
    private static final Pattern RANK = Pattern.compile("^(?:" + words("RANK") + ")\\b\\s*(.*)$");
    private static final Pattern STAMP = Pattern.compile("^(?:" + words("STAMP") + ")\\s*:.*");
    /** A note in brackets and the text after it on the same line ("(Đã ký) Trần Quốc Hưng"). */
    private static final Pattern NOTE_BEFORE_NAME = Pattern.compile("^\\(([^()]*)\\)\\s*(\\S.*)$");

    private final Casing casing;

    public SignerRecognizer() {
        this(Casing.DEFAULT);
    }

    SignerRecognizer(Casing casing) {
        this.casing = casing;
    }

    public Optional<Signer> recognize(NormalizedText text, Layout layout) {
        Optional<ClosingColumns.Closing> columns = ClosingColumns.unfold(text, layout);
        if (columns.isPresent()) {
            return recognizeStacked(columns.get().text(), columns.get().layout());
        }
        return recognizeStacked(text, layout);
    }

    private Optional<Signer> recognizeStacked(NormalizedText text, Layout layout) {
        int end = layout.appendixStart() - 1;
        int from = Math.max(layout.bodyStart(), layout.closingStart());
        int markLine = 0;
        for (int i = end; i >= from; i--) {
            if (ClosingMarks.signingMark(text.line(i).text()).isPresent()) {
                markLine = i;
                while (markLine > from && ClosingMarks.signingMark(text.line(markLine - 1).text()).isPresent()) {
                    markLine--;
                }
                break;
            }
        }
        if (markLine == 0) {
            for (int i = Math.max(1, layout.bodyStart()); i <= end; i++) {
                String t = text.line(i).text().strip();
                if (LineShape.isUpperCase(t) && Positions.isPosition(t) && LineShape.words(t) <= 8) {
                    Optional<Signer> s = read(text, i, end, null, null);
                    if (s.isPresent()) {
                        return s;
                    }
                }
            }
            return Optional.empty();
        }
        SigningAuthority authority = null;
        String onBehalfOf = null;
        int i = markLine;
        for (; i <= end; i++) {
            Optional<ClosingMarks.SigningMark> m = ClosingMarks.signingMark(text.line(i).text());
            if (m.isEmpty()) {
                break;
            }
            authority = m.get().authority();
            onBehalfOf = casing.restore(m.get().rest());
        }
        return read(text, i, end, authority, onBehalfOf);
    }

    private Optional<Signer> read(NormalizedText text, int from, int end, SigningAuthority authority,
            String onBehalfOf) {
        List<String> positions = new ArrayList<>();
        List<String> name = new ArrayList<>();
        int gap = 0;
        for (int i = from; i <= end && gap <= NAME_LOOKAHEAD; i++) {
            String t = text.line(i).text().strip();
            String f = Fold.fold(t);
            Matcher note = NOTE_BEFORE_NAME.matcher(t);
            if (note.matches() && SIGNED_NOTE.matcher(Fold.fold(note.group(1))).matches()) {
                t = note.group(2).strip(); // "(Đã ký) Trần Quốc Hưng"
                f = Fold.fold(t);
            }
            if (LineShape.isSeparator(t) || SIGNED_NOTE.matcher(f).matches() || f.startsWith("(") || isStamp(f)
                    || RANK.matcher(f).matches() && stripRank(t).isEmpty()) {
                if (!name.isEmpty()) {
                    break;
                }
                gap++;
                continue;
            }
            if (!stripRank(t).equals(t) && name.isEmpty()) {
                t = stripRank(t); // "Thiếu tướng Phạm Thiện Nghĩa": the rank is not part of the name
            }
            if (name.isEmpty() && LineShape.isUpperCase(t) && !looksLikeUpperName(t, positions)) {
                positions.add(casing.restore(t));
                continue;
            }
            if (isNamePart(t) && LineShape.words(String.join(" ", name) + " " + t) <= 6) {
                name.add(LineShape.isUpperCase(t) ? titleCase(t) : t);
                continue;
            }
            break;
        }
        if (name.isEmpty() || LineShape.words(String.join(" ", name)) < 2) {
            return Optional.empty();
        }
        String position = positions.isEmpty() ? onBehalfOf : String.join(", ", positions);
        return Optional.of(new Signer(String.join(" ", name), position, authority, onBehalfOf));
    }

    private static String words(String kind) {
        return WORDS.stream().filter(r -> r[1].strip().equals(kind)).map(r -> Pattern.quote(r[0].strip()))
                .collect(Collectors.joining("|"));
    }

    /** A line of a digital signature's stamp ("Ký bởi: ...", "Ngày ký: ..."), given folded. */
    private static boolean isStamp(String folded) {
        return STAMP.matcher(folded).matches();
    }

    /**
     * The line without a rank opening it ("Đại tá Nguyễn Văn A" → "Nguyễn Văn A"; a lone rank → ""), or the
     * line itself when no rank opens it or one word is left. Fold keeps the length, so the folded match cuts the
     * original at the same place.
     */
    private static String stripRank(String t) {
        Matcher m = RANK.matcher(Fold.fold(t));
        if (!m.matches()) {
            return t;
        }
        String rest = t.substring(m.start(1)).strip();
        // A rank alone on its line is dropped; before a single word it is more likely a name ("Đỗ Đốc Hùng").
        return rest.isEmpty() || LineShape.words(rest) >= 2 ? rest : t;
    }

    /** A signer's name set in capitals after at least one position line ("NGUYỄN VĂN A"). */
    private static boolean looksLikeUpperName(String t, List<String> positions) {
        return !positions.isEmpty() && LineShape.words(t) >= 2 && LineShape.words(t) <= 5
                && !Positions.isPosition(t) && Fold.fold(t).matches("[a-z ]+")
                && !Fold.fold(t).matches(".*\\b(ban|uy|so|bo|cuc|vu|phong|tinh|thanh pho|huyen)\\b.*");
    }

    private static boolean isNamePart(String t) {
        if (LineShape.words(t) > 6 || t.matches(".*[\\d,;:()/].*")) {
            return false;
        }
        for (String w : t.split("\\s+")) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(String t) {
        StringBuilder sb = new StringBuilder();
        for (String w : t.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
