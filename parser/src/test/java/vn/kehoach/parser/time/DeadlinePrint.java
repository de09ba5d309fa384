package vn.kehoach.parser.time;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.Period;

/**
 * The compact one-line print of deadlines used by the spec files {@code deadlines.md} and
 * {@code deadline-mentions.md}, and the context line that may open an example.
 */
final class DeadlinePrint {
    private DeadlinePrint() {
    }

    /**
     * {@code KIND start end}, then for RECURRING the frequency and the within code, for MULTIPLE the milestones in
     * brackets, a milestone's label in quotes, and the issue codes (DATE_INVALID and YEAR_IMPLAUSIBLE with their
     * excerpt in quotes). Absent dates print as {@code -}.
     */
    static String print(Deadline d, List<DeadlineIssue> issues) {
        StringBuilder sb = new StringBuilder(deadline(d));
        for (DeadlineIssue i : issues) {
            sb.append(' ').append(i.code());
            if (!i.code().equals(DeadlineIssue.DEADLINE_UNPARSED)) {
                sb.append(" \"").append(i.excerpt()).append('"');
            }
        }
        return sb.toString();
    }

    static String deadline(Deadline d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.kind()).append(' ').append(date(d.start())).append(' ').append(date(d.end()));
        if (d.recurrence() != null) {
            sb.append(' ').append(d.recurrence().frequency());
            if (d.recurrence().within() != null) {
                sb.append(' ').append(d.recurrence().within());
            }
        }
        if (!d.milestones().isEmpty()) {
            sb.append(" [").append(d.milestones().stream().map(DeadlinePrint::deadline)
                    .collect(Collectors.joining("; "))).append(']');
        }
        if (d.label() != null) {
            sb.append(" \"").append(d.label()).append('"');
        }
        return sb.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    /** An example's input: an optional first line {@code @issued YYYY-MM-DD @period YYYY-YYYY}, then the text. */
    record Input(DeadlineContext context, String text) {
        static Input of(String input) {
            if (!input.startsWith("@")) {
                return new Input(DeadlineContext.NONE, input);
            }
            int nl = input.indexOf('\n');
            String[] words = (nl < 0 ? input : input.substring(0, nl)).trim().split("\\s+");
            LocalDate issued = null;
            Period period = null;
            for (int i = 0; i + 1 < words.length; i += 2) {
                switch (words[i]) {
                    case "@issued" -> issued = LocalDate.parse(words[i + 1]);
                    case "@period" -> {
                        String[] y = words[i + 1].split("-");
                        period = new Period(Integer.parseInt(y[0]), Integer.parseInt(y[1]));
                    }
                    default -> throw new IllegalArgumentException("unknown context word " + words[i]);
                }
            }
            return new Input(new DeadlineContext(issued, period), nl < 0 ? "" : input.substring(nl + 1));
        }
    }
}
