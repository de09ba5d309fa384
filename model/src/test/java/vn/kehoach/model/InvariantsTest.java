package vn.kehoach.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the schema requires, the records refuse to lack; lists are never null and never change afterwards. */
class InvariantsTest {

    @Test
    void requiredFieldsCannotBeNull() {
        assertThatNullPointerException().isThrownBy(() -> new Diagnostic("DATE_INVALID", Severity.ERROR, null, 1, 1, null))
                .withMessage("message");
        assertThatNullPointerException().isThrownBy(() -> new Deadline(null, DeadlineKind.YEAR, null, null, null, null, null))
                .withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> new Task("1", null, "x", null, null, null, null, null, 1))
                .withMessage("origin");
        assertThatNullPointerException().isThrownBy(() -> new LegalBasis(null, "Luật", null, null, null, null, 1))
                .withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> new Appendix(null, "1", null, 1)).withMessage("label");
        assertThatNullPointerException().isThrownBy(() -> new Recurrence(null, "Q4")).withMessage("frequency");
        assertThatNullPointerException().isThrownBy(() -> new Agency(null, null, AgencyKind.OTHER, false)).withMessage("name");
    }

    @Test
    void absentListsAreEmptyAndListsAreCopied() {
        List<String> recipients = new ArrayList<>(List.of("Bộ Nội vụ"));
        PlanMetadata meta = new PlanMetadata(null, null, null, null, null, null, null, null, null, null, null, recipients, null);
        recipients.add("Lưu: VT");
        assertThat(meta.recipients()).containsExactly("Bộ Nội vụ");
        assertThat(meta.appendices()).isEmpty();
        assertThat(meta.type()).isEqualTo(DocumentType.OTHER);
        Deadline d = new Deadline("Thường xuyên", null, null, null, null, null, null);
        assertThat(d.kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(d.milestones()).isEmpty();
    }
}
