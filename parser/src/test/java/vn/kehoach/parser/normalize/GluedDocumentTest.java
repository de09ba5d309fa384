package vn.kehoach.parser.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanJson;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.Repo;

/**
 * The dev-corpus document full of glued words, 55/KH-UBND of Nam Định (2013, text copied from a web page that
 * dropped spaces at formatting boundaries): every glued word of its source, listed here by reading the whole
 * text, is split in the JSON, and the title comes out right. Skipped where {@code ../shared} is absent.
 */
class GluedDocumentTest {
    /** Every glued word of the source as it stands there, with its split, in the order of the document. */
    static final Map<String, String> GLUED = pairs(
            "ĐẨYMẠNH", "ĐẨY MẠNH", "chứcngày", "chức ngày", "quyđịnh", "quy định",
            "30c/NQ-CPngày", "30c/NQ-CP ngày", "hànhchính", "hành chính", "ngày18/10/2012", "ngày 18/10/2012",
            "độcông", "độ công", "nướctỉnh", "nước tỉnh", "hoạchđẩy", "hoạch đẩy",
            "chứcdanh", "chức danh", "ýthức", "ý thức", "côngvụ", "công vụ",
            "chuyênnghiệp", "chuyên nghiệp", "nềnhành", "nền hành", "cầucủa", "cầu của",
            "thituyển", "thi tuyển", "vàđãi", "và đãi", "bộlãnh", "bộ lãnh",
            "thẩmquyền", "thẩm quyền", "mụcvị", "mục vị", "đơnvị", "đơn vị",
            "thôngtin", "thông tin", "triểnkhai", "triển khai", "hợpvà", "hợp và",
            "cảicách", "cải cách", "củachính", "của chính", "bướcđi", "bước đi",
            "vàphù", "và phù", "côngchức", "công chức", "caonăng", "cao năng",
            "cáchchế", "cách chế", "chítrong", "chí trong", "côngtác", "công tác",
            "trọngtâm", "trọng tâm", "chếđộ", "chế độ", "vềphân", "về phân",
            "laođộng", "lao động", "cácdoanh", "các doanh", "xácđịnh", "xác định",
            "tắccông", "tắc công", "chọnđược", "chọn được", "hútnhân", "hút nhân",
            "củaTrung", "của Trung", "đãingộ", "đãi ngộ", "phùhợp", "phù hợp",
            "trìnhđánh", "trình đánh", "thicông", "thi công", "lườngsự", "lường sự",
            "dụngChỉ", "dụng Chỉ", "vàChỉ", "và Chỉ", "tuyểnchọn", "tuyển chọn",
            "cácchức", "các chức", "việclàm", "việc làm", "tiêuchuẩn", "tiêu chuẩn",
            "củangười", "của người", "địnhvề", "định về", "hoạtđộng", "hoạt động",
            "tinhgiản", "tinh giản", "chấtlượng", "chất lượng", "nghệthông", "nghệ thông",
            "nângngạch", "nâng ngạch", "kêvào", "kê vào", "thểkèm", "thể kèm",
            "đẩymạnh", "đẩy mạnh", "nguồnkinh", "nguồn kinh", "hàngnăm", "hàng năm",
            "trưởngcác", "trưởng các", "triệtchủ", "triệt chủ", "mạnhcải", "mạnh cải",
            "Chỉthị", "Chỉ thị", "củatỉnh", "của tỉnh", "sựchuyển", "sự chuyển",
            "trướcyêu", "trước yêu", "chứcthực", "chức thực", "xongtrước", "xong trước",
            "tìnhhình", "tình hình", "mìnhbáo", "mình báo", "đểtổng", "để tổng",
            "giaonhiệm", "giao nhiệm", "cácnhiệm", "các nhiệm", "Kếhoạch", "Kế hoạch",
            "yêucầu", "yêu cầu", "trựcgiúp", "trực giúp", "cáocác", "cáo các",
            "phíthực", "phí thực", "choBan", "cho Ban", "thànhviên", "thành viên",
            "đầutư", "đầu tư", "tàichính", "tài chính", "dựtoán", "dự toán",
            "trìnhUBND", "trình UBND", "SởThông", "Sở Thông", "liênquan", "liên quan",
            "thựchiện", "thực hiện", "hìnhtỉnh", "hình tỉnh", "tửcủa", "tử của",
            "cánbộ", "cán bộ", "tổchức", "tổ chức", "hoạchnày", "hoạch này",
            "NHIỆMVỤ", "NHIỆM VỤ");

    @Test
    void splitsEveryGluedWordOfTheSource() {
        for (Map.Entry<String, String> e : GLUED.entrySet()) {
            assertThat(SyllableSplitter.DEFAULT.split(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void jsonContainsNoneOfTheGluedWordsAndTheTitleIsSplit() throws Exception {
        Path file = Repo.devCorpus().map(d -> d.resolve("55-KH-UBND-NamDinh.txt")).orElse(null);
        Assumptions.assumeTrue(file != null && file.toFile().isFile(),
                "the shared dev corpus is not beside the repository");
        String source = java.nio.file.Files.readString(file);
        assertThat(GLUED.keySet()).as("the table lists words of the source").allMatch(source::contains);

        PlanDocument doc = PlanParser.builder().build().parse(file);
        String json = PlanJson.writePretty(doc);

        List<String> left = new ArrayList<>();
        for (String glued : GLUED.keySet()) {
            if (json.contains(glued)) {
                left.add(glued);
            }
        }
        assertThat(left).as("glued words left in the JSON").isEmpty();
        assertThat(doc.document().title().toLowerCase(Locale.ROOT))
                .isEqualTo("đẩy mạnh cải cách chế độ công vụ, công chức tỉnh nam định, giai đoạn 2013 - 2015");
    }

    private static Map<String, String> pairs(String... glueAndSplit) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < glueAndSplit.length; i += 2) {
            m.put(glueAndSplit[i], glueAndSplit[i + 1]);
        }
        return m;
    }
}
