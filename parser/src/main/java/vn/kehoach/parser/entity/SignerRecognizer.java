package vn.kehoach.parser.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoach.model.Signer;
import vn.kehoach.model.SigningAuthority;
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
 * position line followed by a name is a signature too.
 *
 * <p>Thread-safe; stateless.
 */
public final class SignerRecognizer {
    private static final Pattern SIGNED_NOTE = Pattern.compile("^\\(?\\s*(da ky|ky|ky ten|ky ten, dong dau|da ky va dong dau|ky, dong dau|ky, ghi ro ho ten)\\b.*");
    private static final int NAME_LOOKAHEAD = 8;

    private final Casing casing;

    public SignerRecognizer() {
        this(Casing.DEFAULT);
    }

    SignerRecognizer(Casing casing) {
        this.casing = casing;
    }

    public Optional<Signer> recognize(NormalizedText text, Layout layout) {
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
            if (LineShape.isSeparator(t) || SIGNED_NOTE.matcher(f).matches() || f.startsWith("(")) {
                if (!name.isEmpty()) {
                    break;
                }
                gap++;
                continue;
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
