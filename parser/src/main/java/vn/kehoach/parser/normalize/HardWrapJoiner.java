package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Joins lines that a narrow column or a PDF broke in the middle of a sentence ("Hà Nội, ngày 17" / "tháng 11
 * năm 2022", "Tiếp tục tăng cường năng lực đội" / "ngũ cán bộ"), keeping list items, headings, header-block
 * cells, table cells and signature lines apart. A line goes on into the next one when it does not end a
 * sentence and the next one does not open an item, is not in capitals, and either starts in lower case or
 * with a digit, or follows a line as wide as the text's wrap width.
 */
final class HardWrapJoiner {
    /** Below this wrap width the text has no real wrapping: width is not a reason to join. */
    private static final int MIN_WIDTH = 40;
    /** A line at least this share of the wrap width was broken by the width, not by the writer. */
    private static final double FULL = 0.8;
    /** At most this many words make the tail of a wrapped heading. */
    private static final int TAIL_WORDS = 3;
    private static final Pattern HEADING = Pattern.compile("^(?:[0-9]+(?:\\.[0-9]+)*[.)]|[IVX]+\\.|[a-zđ]\\))\\s.*");
    private static final Pattern ITEM = Pattern.compile(
            "^([-+•*–]|\\(|[0-9]+$|[IVX]+$|[IVX]+[.)]|[0-9]+[.)]|[0-9]+(\\.[0-9]+)+\\.?\\s|[a-zđ]\\)|"
                    + "(Căn cứ|Thực hiện|Xét|Điều|Phần|Chương|Mục|Nơi nhận|TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.)\\b).*");

    List<MappedLine> join(List<MappedLine> lines) {
        int width = wrapWidth(lines);
        List<MappedLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            MappedLine line = lines.get(i);
            int last = out.size() - 1;
            if (last >= 0 && (goesOn(out.get(last), line, width)
                    || endsHeading(out.get(last), line, i + 1 < lines.size() ? lines.get(i + 1) : null))) {
                out.set(last, out.get(last).joinedWith(line));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean goesOn(MappedLine prev, MappedLine next, int width) {
        if (prev.isBlank() || next.isBlank() || !Objects.equals(prev.cell(), next.cell())) {
            return false;
        }
        String p = prev.text();
        String n = next.text();
        if (LineShape.isSeparator(p) || LineShape.isSeparator(n) || endsSentence(p) || ITEM.matcher(n).matches()
                || LineShape.isUpperCase(n) || LineShape.isUpperCase(p)) {
            return false;
        }
        char first = n.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first)) {
            return true;
        }
        return width >= MIN_WIDTH && prev.tail() >= FULL * width;
    }

    /**
     * The short tail of a wrapped heading, standing alone before the heading's first item or a blank line:
     * "4. Giao Văn phòng Ủy ban nhân dân" / "Thành phố" / "- Nghiên cứu ...".
     */
    private static boolean endsHeading(MappedLine prev, MappedLine next, MappedLine after) {
        if (prev.isBlank() || next.isBlank() || !Objects.equals(prev.cell(), next.cell())
                || !HEADING.matcher(prev.text()).matches() || endsSentence(prev.text())
                || LineShape.words(next.text()) > TAIL_WORDS || ITEM.matcher(next.text()).matches()
                || LineShape.isUpperCase(next.text()) || LineShape.isSeparator(next.text())) {
            return false;
        }
        return after == null || after.isBlank() || ITEM.matcher(after.text()).matches();
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** The 90th percentile of the lengths of the non-blank lines outside tables. */
    private static int wrapWidth(List<MappedLine> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank() && l.cell() == null).mapToInt(l -> l.text().length())
                .toArray();
        if (lengths.length == 0) {
            return 0;
        }
        Arrays.sort(lengths);
        return lengths[(int) Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))];
    }
}
