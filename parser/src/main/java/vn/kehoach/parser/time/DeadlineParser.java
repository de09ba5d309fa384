package vn.kehoach.parser.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.parser.normalize.TextNormalizer;

/**
 * Reads the time expressions of Vietnamese plans into the contract's deadline object (plan-json-v1, "deadline"):
 * dates ("trước ngày 31/12/2024"), months, quarters ("Quý IV năm 2013", "quý I/2015"), halves ("6 tháng đầu năm
 * 2024"), years, ranges ("2023 - 2025", "từ tháng 9/2013 đến quý IV/2015"), open ends ("Năm 2023 và các năm tiếp
 * theo"), recurrences ("Quý IV hàng năm", "định kỳ 6 tháng"), ongoing work ("Thường xuyên"), relative deadlines
 * ("sau 07 ngày kể từ ngày ban hành") and several milestones in one phrase.
 *
 * <p>Input is normalized first ({@link TextNormalizer#normalizeLine}: NFC, white space and line breaks folded,
 * modern tone marks), and words are matched without regard to diacritics and case ("Quy IV nam 2013", "HÀNG
 * QUÝ"). The vocabulary is data: {@code deadline-words.tsv} and {@code deadline-anchors.tsv}.
 *
 * <p>Bad input never throws: what cannot be read is a deadline of kind UNPARSED with a {@code DEADLINE_UNPARSED}
 * issue; a day the calendar does not have ({@code DATE_INVALID}) or a year outside 1945 to the plan's year + 50
 * ({@code YEAR_IMPLAUSIBLE}) makes the reading UNPARSED too, never a guess. Time is linear in the text's length.
 *
 * <p>Thread-safe and immutable: one instance may serve any number of threads.
 */
public final class DeadlineParser {
    private final Lexer lexer = new Lexer(Lexicon.DEFAULT);
    private final Scanner scanner = new Scanner(Anchors.DEFAULT);
    private final Citations citations = Citations.DEFAULT;

    /**
     * Reads a phrase that is a deadline: a task table's time cell, a CLI argument. Words around the time are
     * allowed ("Trình HĐND tỉnh vào quý IV năm 2013"); several times make a MULTIPLE deadline whose milestones
     * carry the words that name them.
     *
     * @param text the phrase, as written (line breaks allowed)
     * @param context the plan's issue date and period; null is {@link DeadlineContext#NONE}
     * @return the deadline, whose text is the phrase normalized; UNPARSED with its issues when not understood
     */
    public DeadlineReading read(String text, DeadlineContext context) {
        Objects.requireNonNull(text, "text");
        DeadlineContext ctx = context == null ? DeadlineContext.NONE : context;
        String norm = TextNormalizer.normalizeLine(text);
        Lexemes lx = lexer.lex(norm);
        Optional<Expr> expr = Composer.compose(scanner.scan(lx), lx);
        Resolver resolver = new Resolver(ctx, norm);
        Deadline d = expr.isPresent() ? resolver.resolve(expr.get(), norm, null) : resolver.unparsed(norm);
        List<DeadlineIssue> issues = resolver.issues();
        if (issues.isEmpty()) {
            return new DeadlineReading(d, List.of());
        }
        InputMap map = InputMap.of(text, norm);
        List<DeadlineIssue> mapped = new ArrayList<>(issues.size());
        for (DeadlineIssue i : issues) {
            mapped.add(map.map(i));
        }
        return new DeadlineReading(d, mapped);
    }

    /**
     * Finds the deadline expressions in running text ("... xong trước ngày 15/12/2013, báo cáo UBND tỉnh"), with
     * their offsets. Only confident readings are given: no UNPARSED ones, none with an invalid date or year, no
     * bare numbers ("2023", "15/12" without "ngày"), no dates of cited documents ("Nghị quyết số 19-NQ/TW ngày
     * 25/10/2017"), no adverbs of frequency ("thường xuyên").
     *
     * @param text running text, as written
     * @param context the plan's issue date and period; null is {@link DeadlineContext#NONE}
     * @return the expressions in order of position; each deadline's text is the expression as written (normalized)
     */
    public List<DeadlineMention> find(String text, DeadlineContext context) {
        return confident(text, context).stream()
                .filter(m -> m.issues().isEmpty() && m.deadline().kind() != DeadlineKind.UNPARSED).toList();
    }

    /**
     * The time expressions in running text that {@link #find} leaves out because the calendar or the horizon
     * rejects them ("giai đoạn 2026-3030", "trước ngày 31/9/2013"), with what is wrong. Dates of cited documents
     * and bare numbers are left out, as in {@code find}.
     *
     * @return the issues, with offsets into {@code text}
     */
    public List<DeadlineIssue> check(String text, DeadlineContext context) {
        return confident(text, context).stream().flatMap(m -> m.issues().stream()).toList();
    }

    /** Every expression of running text shaped like a deadline ({@link #isConfident}), read, with its issues. */
    private List<DeadlineMention> confident(String text, DeadlineContext context) {
        Objects.requireNonNull(text, "text");
        DeadlineContext ctx = context == null ? DeadlineContext.NONE : context;
        String norm = TextNormalizer.normalizeLine(text);
        Lexemes lx = lexer.lex(norm);
        InputMap map = InputMap.of(text, norm);
        List<DeadlineMention> out = new ArrayList<>();
        for (Item it : Composer.merge(scanner.scan(lx), lx)) {
            if (!isConfident(it, lx)) {
                continue;
            }
            Resolver resolver = new Resolver(ctx, norm);
            Deadline d = resolver.resolve(it.expr(), lx.text(it.first(), it.next()), null);
            List<DeadlineIssue> issues = resolver.issues().stream().map(map::map).toList();
            out.add(new DeadlineMention(d, map.start(lx.start(it.first())), map.end(lx.end(it.next())), issues));
        }
        return out;
    }

    private boolean isConfident(Item it, Lexemes lx) {
        if (it.weak() || it.expr() instanceof Expr.Ongoing || Composer.isLunar(lx, it)) {
            return false; // "2023" alone, "thường xuyên nghiên cứu", "Tết Nguyên đán năm 2025"
        }
        if (it.expr() instanceof Expr.Relative r) {
            return r.amount() > 0; // "sau khi có ý kiến" is a sequence of events, not a deadline
        }
        if (it.expr() instanceof Expr.Point p) {
            Grain g = p.unit().grain();
            boolean vague = g == Grain.DAY_OF_MONTH || g == Grain.NOW || g == Grain.YEAR && !p.unit().hasYear();
            boolean led = lx.at(it.first()).cue() != null && lx.at(it.first()).cue() != Cue.DAY
                    && lx.at(it.first()).cue() != Cue.YEAR;
            return !vague && (led || !citations.isCited(lx, it.first()));
        }
        return true;
    }
}
