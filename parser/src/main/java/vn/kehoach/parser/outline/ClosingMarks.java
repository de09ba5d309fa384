package vn.kehoach.parser.outline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.SigningAuthority;
import vn.kehoach.parser.normalize.Fold;

/** The lines that open the closing of a document: "Nơi nhận:" and signing marks ("TM.", "KT.", "T/M"). */
public final class ClosingMarks {
    private static final Pattern MARK = Pattern.compile(
            "^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T/U)\\s*[.:]?\\s+(\\p{Lu}.*)$");

    private ClosingMarks() {
    }

    /** True for "Nơi nhận:", "Nơi nhận :", "NƠI NHẬN", "Noi nhan:" possibly followed by a first item. */
    public static boolean isRecipientsHeading(String line) {
        return Fold.fold(line.strip()).matches("^noi nhan\\b.*");
    }

    /**
     * A signing mark opening the line and what follows it ("TM. ỦY BAN NHÂN DÂN" → TM, "ỦY BAN NHÂN DÂN").
     *
     * @param authority the mark
     * @param rest the text after it
     */
    public record SigningMark(SigningAuthority authority, String rest) {
    }

    /** The signing mark that opens {@code line}, when the rest of the line is in capitals. */
    public static Optional<SigningMark> signingMark(String line) {
        Matcher m = MARK.matcher(line.strip());
        if (!m.matches() || !vn.kehoach.parser.normalize.LineShape.isUpperCase(m.group(2))) {
            return Optional.empty();
        }
        SigningAuthority a = switch (m.group(1)) {
            case "TM", "T/M" -> SigningAuthority.TM;
            case "KT", "K/T" -> SigningAuthority.KT;
            case "TL", "T/L" -> SigningAuthority.TL;
            case "TUQ", "T/U" -> SigningAuthority.TUQ;
            default -> SigningAuthority.Q;
        };
        return Optional.of(new SigningMark(a, m.group(2).strip()));
    }
}
