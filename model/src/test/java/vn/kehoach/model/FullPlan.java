package vn.kehoach.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan with every record of the contract populated and every enumeration constant used at least once,
 * except {@link DocumentType} and {@link SigningAuthority}, which have one slot each and are varied through
 * {@link #plan(DocumentType, SigningAuthority)}.
 */
final class FullPlan {
    static final Agency UBND_TINH = new Agency("UBND tỉnh", "Ủy ban nhân dân tỉnh Sơn Hà",
            AgencyKind.PEOPLES_COMMITTEE, false);
    static final Agency SO_KHCN = new Agency("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ",
            AgencyKind.DEPARTMENT, false);
    static final Agency CAC_SO = new Agency("Các sở, ban, ngành", "Các sở, ban, ngành", AgencyKind.DEPARTMENT, true);
    static final Agency BO_KHCN = new Agency("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ",
            AgencyKind.MINISTRY, false);
    static final Agency CHINH_PHU = new Agency("Chính phủ", "Chính phủ", AgencyKind.GOVERNMENT, false);
    static final Agency HDND = new Agency("HĐND tỉnh", "Hội đồng nhân dân tỉnh Sơn Hà", AgencyKind.PEOPLES_COUNCIL,
            false);
    static final Agency PHONG_VHTT = new Agency("Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin",
            AgencyKind.DIVISION, false);
    static final Agency VP_UBND = new Agency("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
            AgencyKind.OFFICE, false);
    static final Agency TINH_UY = new Agency("Tỉnh ủy", "Tỉnh ủy Sơn Hà", AgencyKind.PARTY, false);
    static final Agency TINH_DOAN = new Agency("Tỉnh đoàn", "Tỉnh đoàn Sơn Hà", AgencyKind.MASS_ORGANIZATION, false);
    static final Agency BAO = new Agency("Báo Sơn Hà", "Báo Sơn Hà", AgencyKind.MEDIA, false);
    static final Agency HOC_VIEN = new Agency("Học viện Hành chính quốc gia", "Học viện Hành chính quốc gia",
            AgencyKind.ACADEMY, false);
    static final Agency DOANH_NGHIEP = new Agency("các doanh nghiệp viễn thông", null, AgencyKind.OTHER, true);

    private FullPlan() {
    }

    static PlanDocument plan() {
        return plan(DocumentType.KE_HOACH, SigningAuthority.KT);
    }

    static PlanDocument plan(DocumentType type, SigningAuthority authority) {
        Source source = new Source("samples/ke-hoach-chuyen-doi-so.txt", "text/plain",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 18250);
        PlanMetadata document = new PlanMetadata(type, "Kế hoạch", "45/KH-UBND",
                new DocumentSymbol("45", null, "KH", "UBND"),
                new Agency("Ủy ban nhân dân tỉnh Sơn Hà", "Ủy ban nhân dân tỉnh Sơn Hà",
                        AgencyKind.PEOPLES_COMMITTEE, false),
                new Agency("Bộ Khoa học và Công nghệ", null, AgencyKind.MINISTRY, false),
                "Sơn Hà", LocalDate.of(2025, 3, 5), "Chuyển đổi số tỉnh Sơn Hà năm 2025", new Period(2025, 2025),
                new Signer("Trần Quốc Hưng", "Phó Chủ tịch", authority, "Ủy ban nhân dân"),
                List.of("Bộ Khoa học và Công nghệ", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, KGVX."),
                List.of(new Appendix("Phụ lục", null, "Danh mục nhiệm vụ", 190),
                        new Appendix("Phụ lục", "II", null, 260)));
        List<LegalBasis> legalBases = List.of(
                new LegalBasis("Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;", "Luật", null,
                        LocalDate.of(2023, 6, 22), null, "Giao dịch điện tử", 14),
                new LegalBasis("Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối"
                        + " và chia sẻ dữ liệu số của cơ quan nhà nước;", "Nghị định", "47/2020/NĐ-CP",
                        LocalDate.of(2020, 4, 9), "Chính phủ",
                        "về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước", 15));
        List<Section> sections = List.of(
                section(null, "Căn cứ", SectionRole.PREAMBLE, 14),
                new Section("I", "MỤC ĐÍCH, YÊU CẦU", SectionRole.OTHER, 20, List.of(
                        section("1", "Mục đích", SectionRole.OTHER, 21),
                        section("2", "Yêu cầu", SectionRole.REQUIREMENTS, 27))),
                section("II", "MỤC TIÊU", SectionRole.OBJECTIVES, 33),
                section("III", "PHẠM VI", SectionRole.SCOPE, 50),
                new Section("IV", "NHIỆM VỤ, GIẢI PHÁP", SectionRole.TASKS, 55, List.of(
                        new Section("1", "Phát triển hạ tầng số", SectionRole.TASKS, 56, List.of(
                                section("a", "Nâng cấp Trung tâm dữ liệu tỉnh", SectionRole.TASKS, 57))),
                        section("2", "Giải pháp", SectionRole.SOLUTIONS, 70))),
                section("V", "KINH PHÍ THỰC HIỆN", SectionRole.FUNDING, 120),
                section("VI", "TỔ CHỨC THỰC HIỆN", SectionRole.ORGANIZATION, 130),
                section(null, "PHỤ LỤC", SectionRole.APPENDIX, 190));
        Deadline q4 = new Deadline("Quý IV/2025", DeadlineKind.QUARTER, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 31), null, List.of(), null);
        List<Objective> objectives = List.of(
                new Objective("II.1", "Đẩy mạnh chuyển đổi số toàn diện.", ObjectiveKind.GENERAL, List.of(), 34),
                new Objective("II.2", "Đến cuối năm 2025 đạt trên 80% hồ sơ xử lý trực tuyến; 100% xã có cáp quang.",
                        ObjectiveKind.SPECIFIC, List.of(
                                new Target("đạt trên 80% hồ sơ", new BigDecimal("80"), "%", Comparison.GT,
                                        new Deadline("cuối năm 2025", DeadlineKind.YEAR, LocalDate.of(2025, 1, 1),
                                                LocalDate.of(2025, 12, 31), null, List.of(), null)),
                                new Target("ít nhất 50 lớp", new BigDecimal("50"), "lớp", Comparison.GE, null),
                                new Target("100% xã", new BigDecimal("100"), "%", Comparison.EQ, q4),
                                new Target("dưới 1,5%", new BigDecimal("1.5"), "%", Comparison.LT, null),
                                new Target("không quá 2%", new BigDecimal("2"), "%", Comparison.LE, null)), 36));
        List<Task> tasks = List.of(
                new Task("IV.1", TaskOrigin.BODY, "Phát triển hạ tầng số", null, List.of(SO_KHCN), List.of(), null,
                        null, 56),
                new Task("IV.1.a", TaskOrigin.BODY, "Nâng cấp Trung tâm dữ liệu tỉnh", null, List.of(SO_KHCN),
                        List.of(CAC_SO), "Trung tâm dữ liệu", new Deadline("ngày 30/10/2025", DeadlineKind.DATE,
                                LocalDate.of(2025, 10, 30), LocalDate.of(2025, 10, 30), null, List.of(), null), 57),
                appendixTask("PL.1.1", "Tháng 8/2025", DeadlineKind.MONTH, "2025-08-01", "2025-08-31", null),
                appendixTask("PL.1.2", "Quý IV/2025", DeadlineKind.QUARTER, "2025-10-01", "2025-12-31", null),
                appendixTask("PL.1.3", "6 tháng đầu năm 2025", DeadlineKind.HALF_YEAR, "2025-01-01", "2025-06-30",
                        null),
                appendixTask("PL.1.4", "Năm 2025", DeadlineKind.YEAR, "2025-01-01", "2025-12-31", null),
                appendixTask("PL.2.1", "2025 - 2026", DeadlineKind.RANGE, "2025-01-01", "2026-12-31", null),
                appendixTask("PL.2.2", "Năm 2025 và các năm tiếp theo", DeadlineKind.OPEN_ENDED, "2025-01-01",
                        "2025-12-31", null),
                appendixTask("PL.2.3", "Trước ngày 15/12 hằng năm", DeadlineKind.RECURRING, "2025-01-01",
                        "2025-12-31", new Recurrence(Frequency.YEARLY, "12-15")),
                appendixTask("PL.2.4", "Quý IV hằng năm", DeadlineKind.RECURRING, "2025-01-01", "2025-12-31",
                        new Recurrence(Frequency.YEARLY, "Q4")),
                appendixTask("PL.2.5", "Định kỳ 6 tháng", DeadlineKind.RECURRING, null, null,
                        new Recurrence(Frequency.HALF_YEARLY, null)),
                appendixTask("PL.3.1", "Hằng quý", DeadlineKind.RECURRING, null, null,
                        new Recurrence(Frequency.QUARTERLY, null)),
                appendixTask("PL.3.2", "Hằng tháng", DeadlineKind.RECURRING, null, null,
                        new Recurrence(Frequency.MONTHLY, null)),
                appendixTask("PL.3.3", "Thường xuyên", DeadlineKind.ONGOING, "2025-01-01", "2025-12-31", null),
                appendixTask("PL.3.4", "chậm nhất 15 ngày kể từ ngày ký (ngày 05/3/2025)", DeadlineKind.RELATIVE,
                        "2025-03-05", "2025-03-20", null),
                new Task("PL.4.1", TaskOrigin.APPENDIX, "Số hóa hồ sơ thủ tục hành chính",
                        "Phát triển dữ liệu số", List.of(VP_UBND), List.of(CAC_SO, DOANH_NGHIEP), "Hồ sơ số hóa",
                        new Deadline("Quý II/2025 (thí điểm); Quý IV/2025 (toàn tỉnh)", DeadlineKind.MULTIPLE,
                                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), null, List.of(
                                        new Deadline("Quý II/2025", DeadlineKind.QUARTER, LocalDate.of(2025, 4, 1),
                                                LocalDate.of(2025, 6, 30), null, List.of(), "thí điểm"),
                                        new Deadline("Quý IV/2025", DeadlineKind.QUARTER, LocalDate.of(2025, 10, 1),
                                                LocalDate.of(2025, 12, 31), null, List.of(), "toàn tỉnh")),
                                null), 240),
                appendixTask("PL.4.2", "Sau Tết", DeadlineKind.UNPARSED, null, null, null));
        List<Responsibility> responsibilities = List.of(
                new Responsibility(SO_KHCN, List.of("Chủ trì, hướng dẫn triển khai Kế hoạch.",
                        "Tổng hợp, báo cáo UBND tỉnh."), 131),
                new Responsibility(CAC_SO, List.of(), 140));
        List<Agency> agencies = List.of(UBND_TINH, SO_KHCN, CAC_SO, BO_KHCN, CHINH_PHU, HDND, PHONG_VHTT, VP_UBND,
                TINH_UY, TINH_DOAN, BAO, HOC_VIEN, DOANH_NGHIEP);
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("DATE_INVALID", Severity.ERROR, "Ngày không tồn tại: 31/9/2025", 88, 41, "31/9/2025"),
                new Diagnostic("DEADLINE_UNPARSED", Severity.WARNING, "Không đọc được thời hạn", 250, null,
                        "Sau Tết"),
                new Diagnostic("RECIPIENTS_MISSING", Severity.INFO, "Thiếu nơi nhận", null, null, null));
        List<TimelineEntry> timeline = List.of(new TimelineEntry(
                "Việc tổ chức thực hiện sẽ diễn ra đến ngày 30/10/2027.",
                new Deadline("đến ngày 30/10/2027", DeadlineKind.DATE, null, java.time.LocalDate.of(2027, 10, 30),
                        null, List.of(), null), 19));
        return new PlanDocument(PlanDocument.SCHEMA_VERSION, source, document, legalBases, sections, objectives,
                tasks, responsibilities, agencies, diagnostics, timeline);
    }

    private static Section section(String ref, String heading, SectionRole role, int line) {
        return new Section(ref, heading, role, line, List.of());
    }

    private static Task appendixTask(String ref, String deadline, DeadlineKind kind, String start, String end,
            Recurrence recurrence) {
        return new Task(ref, TaskOrigin.APPENDIX, "Nhiệm vụ " + ref, "Nhóm nhiệm vụ " + ref.substring(3, 4),
                List.of(SO_KHCN), List.of(CAC_SO, TINH_DOAN), "Báo cáo",
                new Deadline(deadline, kind, date(start), date(end), recurrence, List.of(), null),
                200 + Integer.parseInt(ref.substring(3, 4)) * 10 + Integer.parseInt(ref.substring(5)));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
