package vn.kehoach.parser.time;

import java.util.List;
import vn.kehoach.model.Frequency;

/**
 * What a time expression says, before the plan's context turns it into dates ({@link Resolver}). One record per
 * shape of the spec's deadline kinds.
 */
sealed interface Expr {

    /** One unit: "Quý IV năm 2013"; {@code by} for "trước ngày D", "chậm nhất D" (the day is the end). */
    record Point(Unit unit, boolean by) implements Expr {
    }

    /** "2023 - 2025", "từ tháng 9/2013 đến quý IV/2015", "từ nay đến hết năm 2026" (from is {@link Grain#NOW}). */
    record Span(Unit from, Unit to) implements Expr {
    }

    /**
     * "Năm 2023 và các năm tiếp theo", "từ năm 2024".
     *
     * @param from where it starts
     * @param after true for "sau năm 2025": it starts the day after
     * @param written the end of a range written before "và các năm tiếp theo" ("2023 - 2025 và các năm tiếp
     *     theo"), checked like any date but not the end; else null
     */
    record Open(Unit from, boolean after, Unit written) implements Expr {
        Open(Unit from, boolean after) {
            this(from, after, null);
        }
    }

    /**
     * "Quý IV hàng năm", "định kỳ 6 tháng", "hằng năm, giai đoạn 2021 - 2025".
     *
     * @param frequency how often
     * @param within the yearless unit naming when in each cycle ("Quý IV"), or null
     * @param bounds the years it runs when stated (a span, open or point), else null for the plan's period
     */
    record Every(Frequency frequency, Unit within, Expr bounds) implements Expr {
    }

    /** "Thường xuyên", "Liên tục"; bounds as for {@link Every}. */
    record Ongoing(Expr bounds) implements Expr {
    }

    /**
     * "chậm nhất 15 ngày, kể từ ngày đề án được phê duyệt (ngày 8/8/2022)", "sau khi Kế hoạch được ban hành".
     *
     * @param amount how many days, weeks, months or years; 0 when none is stated
     * @param length the unit of the amount
     * @param before true for "05 ngày trước ngày ...": the end is before the anchor
     * @param anchor the date it counts from, or null when the anchor is an event with no date
     * @param issue true when the anchor is the document's issue ("kể từ ngày ban hành", "kể từ ngày ký")
     */
    record Relative(int amount, Length length, boolean before, Unit anchor, boolean issue) implements Expr {
    }

    /** "Quý I/2014 thực hiện thí điểm Quý I/2015 thực hiện tất cả các đơn vị": several labelled milestones. */
    record Several(List<Milestone> milestones) implements Expr {
    }

    /**
     * One milestone of {@link Several}.
     *
     * @param expr what it says
     * @param from offset of its text in the normalized phrase
     * @param to offset after its text
     * @param label the words naming it, or null
     */
    record Milestone(Expr expr, int from, int to, String label) {
    }
}
