package vn.kehoach.parser.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.model.Period;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanJson;
import vn.kehoach.model.SchemaAssertions;
import vn.kehoach.model.Task;
import vn.kehoach.model.TaskOrigin;
import vn.kehoach.parser.PlanParser;
import vn.kehoach.parser.spec.SpecExamples;

/** The parser's API promises: offsets into the text as given, normalized texts, milestones, JSON, threads. */
class DeadlineParserTest {
    private static final DeadlineParser PARSER = new DeadlineParser();
    private static final DeadlineContext NAM_DINH = new DeadlineContext(LocalDate.of(2013, 8, 14), new Period(2013, 2015));

    @Test
    void reportsInvalidDateAtItsOffsetsInTheGivenText() {
        String text = "xong trước ngày 31/9/2013, báo cáo";
        DeadlineReading r = PARSER.read(text, NAM_DINH);

        assertThat(r.deadline().kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(DeadlineIssue.DATE_INVALID);
            assertThat(text.substring(i.start(), i.end())).isEqualTo("31/9/2013");
            assertThat(i.excerpt()).isEqualTo("31/9/2013");
        });
    }

    @Test
    void mapsIssueOffsetsAcrossLineBreaksSpacesAndDecomposedMarks() {
        String text = Normalizer.normalize("  Giai   đoạn\r\n2026 -\n  3030", Normalizer.Form.NFD);
        DeadlineReading r = PARSER.read(text, DeadlineContext.NONE);

        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(DeadlineIssue.YEAR_IMPLAUSIBLE);
            assertThat(text.substring(i.start(), i.end())).isEqualTo("3030");
        });
        assertThat(r.deadline().text()).isEqualTo("Giai đoạn 2026 - 3030");
    }

    @Test
    void unparsedPhraseIssueCoversTheWholePhrase() {
        String text = "  Theo yêu cầu ";
        DeadlineReading r = PARSER.read(text, DeadlineContext.NONE);

        assertThat(r.deadline().text()).isEqualTo("Theo yêu cầu");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(DeadlineIssue.DEADLINE_UNPARSED);
            assertThat(text.substring(i.start(), i.end())).isEqualTo("Theo yêu cầu");
        });
    }

    @Test
    void deadlineTextIsThePhraseWithWhiteSpaceFolded() {
        Deadline d = PARSER.read("Quý  IV\nnăm 2013 ", NAM_DINH).deadline();

        assertThat(d.text()).isEqualTo("Quý IV năm 2013");
        assertThat(d.kind()).isEqualTo(DeadlineKind.QUARTER);
    }

    @Test
    void milestonesCarryTheirOwnTextAndLabel() {
        Deadline d = PARSER.read("Quý I/2014 thực hiện thí điểm Quý I/2015 thực hiện tất cả các đơn vị", NAM_DINH)
                .deadline();

        assertThat(d.kind()).isEqualTo(DeadlineKind.MULTIPLE);
        assertThat(d.milestones()).extracting(Deadline::text).containsExactly("Quý I/2014", "Quý I/2015");
        assertThat(d.milestones()).extracting(Deadline::label)
                .containsExactly("thực hiện thí điểm", "thực hiện tất cả các đơn vị");
        assertThat(d.label()).isNull();
    }

    @Test
    void nullContextIsNoContext() {
        assertThat(PARSER.read("trước ngày 15/12", null)).isEqualTo(PARSER.read("trước ngày 15/12", DeadlineContext.NONE));
        assertThat(PARSER.find("trước ngày 15/12/2024", null)).hasSize(1);
    }

    @Test
    void findGivesOffsetsIntoTheGivenTextAndTheExpressionAsText() {
        String text = "Các đơn vị  hoàn thành\ttrước ngày\r\n31/12/2024; báo cáo Quý IV hằng năm.";
        List<DeadlineMention> found = PARSER.find(text, NAM_DINH);

        assertThat(found).hasSize(2);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("hoàn thành\ttrước ngày\r\n31/12/2024");
        assertThat(found.get(0).deadline().text()).isEqualTo("hoàn thành trước ngày 31/12/2024");
        assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("Quý IV hằng năm");
        assertThat(found.get(1).deadline().recurrence().within()).isEqualTo("Q4");
    }

    @Test
    void writesTheContractsFieldNames() {
        Deadline d = PARSER.read("Quý IV năm 2013", NAM_DINH).deadline();

        assertThat(PlanJson.write(d)).isEqualTo("{\"text\":\"Quý IV năm 2013\",\"kind\":\"QUARTER\","
                + "\"start\":\"2013-10-01\",\"end\":\"2013-12-31\",\"milestones\":[]}");
        assertThat(PlanJson.write(PARSER.read("Quý IV hàng năm", NAM_DINH).deadline()))
                .contains("\"recurrence\":{\"frequency\":\"YEARLY\",\"within\":\"Q4\"}");
    }

    @Test
    void everySpecDeadlineConformsToTheContractsSchema() {
        PlanDocument base = PlanParser.builder().build().parse("KẾ HOẠCH\nThử nghiệm thời hạn\n");
        List<Task> tasks = new ArrayList<>();
        for (SpecExamples.Example e : SpecExamples.read("deadlines.md")) {
            DeadlinePrint.Input in = DeadlinePrint.Input.of(e.input());
            Deadline d = PARSER.read(in.text(), in.context()).deadline();
            tasks.add(new Task("PL." + e.number(), TaskOrigin.APPENDIX, "Nhiệm vụ " + e.number(), null, List.of(),
                    List.of(), null, d, 1));
        }
        PlanDocument plan = new PlanDocument(base.schemaVersion(), base.source(), base.document(), base.legalBases(),
                base.sections(), base.objectives(), tasks, base.responsibilities(), base.agencies(),
                base.diagnostics(), base.timeline());
        SchemaAssertions.assertConforms(plan);
    }

    @Test
    void oneParserServesManyThreadsWithTheSameResults() {
        List<String> phrases = SpecExamples.read("deadlines.md").stream()
                .map(e -> DeadlinePrint.Input.of(e.input()).text()).toList();
        List<DeadlineReading> alone = phrases.stream().map(p -> PARSER.read(p, NAM_DINH)).toList();
        for (int round = 0; round < 5; round++) {
            List<DeadlineReading> together = phrases.parallelStream().map(p -> PARSER.read(p, NAM_DINH)).toList();
            assertThat(together).isEqualTo(alone);
        }
    }
}
