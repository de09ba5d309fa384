package vn.kehoach.parser.table;

/** What a task-table column holds, read from its header text ({@code column-titles.tsv}). */
public enum ColumnRole {
    /** "TT", "STT": the row number. */
    NUMBER,
    /** "Nội dung", "Nhiệm vụ", "Tên nhiệm vụ", "Chỉ tiêu": the task. */
    TASK,
    /** "Chủ trì", "Cơ quan chủ trì", "Bộ phận đảm nhiệm": the lead agency (cơ quan chủ trì). */
    LEAD,
    /** "Phối hợp", "Cơ quan phối hợp": the cooperating agencies. */
    COOPERATING,
    /** "Sản phẩm", "Kết quả", "Các hoạt động/ sản phẩm": the expected product. */
    PRODUCT,
    /** "Thời gian", "Thời hạn", "Tiến độ", "Thời gian hoàn thành": the deadline. */
    DEADLINE,
    /** "Ghi chú". */
    NOTE,
    /** Any other column ("Kinh phí", a header not in the vocabulary). */
    OTHER
}
