package vn.kehoach.parser.time;

import vn.kehoach.model.DeadlineKind;

/** How much time a {@link Unit} covers, and the deadline kind it reads as when it stands alone. */
enum Grain {
    /** "ngày 30/10/2027", "15/12". */
    DAY(DeadlineKind.DATE),
    /** "ngày 20" of every month ("ngày 20 hằng tháng"), or the first day of "ngày 01 - 15/7/2024". */
    DAY_OF_MONTH(DeadlineKind.DATE),
    /** "tháng 8/2013". */
    MONTH(DeadlineKind.MONTH),
    /** "Quý IV năm 2013". */
    QUARTER(DeadlineKind.QUARTER),
    /** "6 tháng đầu năm 2024". */
    HALF(DeadlineKind.HALF_YEAR),
    /** "9 tháng đầu năm 2024": January to September. */
    NINE_MONTHS(DeadlineKind.RANGE),
    /** "năm 2025". */
    YEAR(DeadlineKind.YEAR),
    /** "nay" in "từ nay đến năm 2025": the issue date. */
    NOW(DeadlineKind.DATE);

    private final DeadlineKind kind;

    Grain(DeadlineKind kind) {
        this.kind = kind;
    }

    DeadlineKind kind() {
        return kind;
    }
}
