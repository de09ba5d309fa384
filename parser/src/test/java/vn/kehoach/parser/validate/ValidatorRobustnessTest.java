package vn.kehoach.parser.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Diagnostic;
import vn.kehoach.parser.ParsedPlan;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.Repo;

/**
 * The rules read text in many ways (offsets, neighbours, numbers): damaged documents must never make one throw,
 * and every finding must carry a registered code and a position inside the source. Documents are the samples and
 * the dev corpus, cut, shuffled and sprinkled with the words the rules look for, from a fixed seed.
 */
class ValidatorRobustnessTest {
    private static final PlanParser PARSER = PlanParser.builder().build();
    private static final Set<String> CODES = Rules.ALL.stream().map(Rule::code).collect(Collectors.toSet());
    private static final String[] BAITS = {"Phụ lục", "Phụ lục số 3", "PHỤ LỤC II", "Điều 7.", "Như Điều 9;",
        "Số:", "Số: 0/KH-", "ngày 31/02/2024", "tháng 13/2025", "giai đoạn 2030 - 2020", "năm 99999", "đ)", "f)",
        "IIII.", "1.1.1.1.", "T/M", "KT.", "TM.", "Nơi nhận:", "- Lưu", "Kế hoạch này", "(Kèm theo Kế hoạch số",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập", "ĐẢNG CỘNG SẢN VIỆT NAM", "150%", "-5%", "Căn cứ", ")",
        "|", "", "  ", "QUYẾT ĐỊNH:", "Sở Kế hoạch và Đầu tư", "UBND các huyện", "Quý V/2025", "2025-"};

    @Test
    void damagedDocumentsNeverBreakARule() throws IOException {
        List<String> documents = new ArrayList<>();
        for (Path p : Repo.sampleInputs()) {
            if (p.toString().endsWith(".txt")) {
                documents.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Repo.devCorpus().ifPresent(dir -> Repo.list(dir).stream().filter(p -> p.toString().endsWith(".txt"))
                .forEach(p -> documents.add(read(p))));
        Random random = new Random(Long.getLong("robustness.seed", 20261123L));
        for (int round = 0; round < Integer.getInteger("robustness.rounds", 200); round++) {
            String doc = mutate(documents.get(round % documents.size()), random);
            ParsedPlan parsed = PARSER.read(doc);
            for (Diagnostic d : parsed.document().diagnostics()) {
                assertThat(CODES).as("round %d", round).contains(d.code());
                if (d.line() != null) {
                    assertThat(d.line()).as("round %d: %s", round, d).isBetween(1, parsed.sourceLines().size());
                }
                if (d.column() != null) {
                    assertThat(d.column()).as("round %d: %s", round, d).isPositive();
                }
            }
        }
    }

    private static String mutate(String doc, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(doc.split("\n", -1)));
        int edits = 1 + random.nextInt(25);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.add(at, BAITS[random.nextInt(BAITS.length)]);
                case 3 -> lines.set(at, lines.get(at) + " " + BAITS[random.nextInt(BAITS.length)]);
                case 4 -> lines.set(at, lines.get(at).replaceAll("\\d", String.valueOf(random.nextInt(10))));
                default -> {
                    String l = lines.get(at);
                    lines.set(at, l.substring(0, random.nextInt(l.length() + 1)));
                }
            }
        }
        if (random.nextInt(4) == 0) {
            return String.join("\n", lines.subList(0, random.nextInt(lines.size() + 1)));
        }
        return String.join("\n", lines);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
