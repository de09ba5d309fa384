package vn.kehoach.parser.time;

/** Units of a relative amount of time: "15 ngày", "10 ngày làm việc", "2 tuần", "03 tháng", "01 năm". */
enum Length {
    DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS
}
