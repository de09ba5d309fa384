package vn.kehoach.model;

/** How a deadline phrase was read; see the spec's deadline table. */
public enum DeadlineKind {
    DATE, MONTH, QUARTER, HALF_YEAR, YEAR, RANGE, OPEN_ENDED, RECURRING, ONGOING, RELATIVE, MULTIPLE, UNPARSED
}
