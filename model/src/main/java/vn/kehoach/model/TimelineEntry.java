package vn.kehoach.model;

import java.util.Objects;

/**
 * A time the document states outside its tasks and targets ("đề án được triển khai chậm nhất 15 ngày, kể từ
 * ngày đề án được phê duyệt (ngày 8/8/2022)", "Việc tổ chức thực hiện sẽ diễn ra đến ngày 30/10/2027"): an
 * addition to plan-json-v1 (fields may be added), in the top-level {@code timeline}.
 *
 * @param context the sentence that states it
 * @param deadline the time, read as a deadline
 * @param line the source line where it stands
 */
public record TimelineEntry(String context, Deadline deadline, int line) {
    public TimelineEntry {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(deadline, "deadline");
    }
}
