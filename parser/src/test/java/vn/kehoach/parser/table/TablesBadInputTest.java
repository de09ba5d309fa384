package vn.kehoach.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Input that is empty, cut short or built to be slow yields fewer tables, quickly, and never an exception. */
class TablesBadInputTest {
    @Test
    void findsNoTableInAnEmptyText() {
        assertThat(TablePrint.recognize("")).isEmpty();
    }

    @Test
    void findsNoTableInAHeaderWithoutRows() {
        assertThat(TablePrint.recognize("PHỤ LỤC\nTT\n|\nNội dung\n|\nChủ trì\n|\nThời gian\n|")).isEmpty();
    }

    @Test
    void keepsARowCutShortAtTheEndOfTheText() {
        assertThat(TablePrint.print(TablePrint.recognize("PHỤ LỤC\n\nTT\n\nNội dung\n\nChủ trì\n\nThời gian\n\n1\n\nRà soát")))
                .isEqualTo("table 0 PARAGRAPHS: NUMBER TASK LEAD DEADLINE\n1 TASK=Rà soát");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsManyHeaderLikeLinesQuickly() {
        assertThat(TablePrint.recognize("TT Nội dung\n".repeat(50_000))).isEmpty();
    }

    /** Row numbers have at most three digits: a longer one is data (a year), so the table ends at row 999. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsALongTableQuickly() {
        StringBuilder sb = new StringBuilder("PHỤ LỤC\nTT\n|\nNội dung\n|\nChủ trì\n|\nThời gian\n|\n");
        for (int i = 1; i <= 5_000; i++) {
            sb.append(i).append("\n|\nNhiệm vụ ").append(i).append("\n|\nSở Nội vụ\n|\nNăm 2025\n|\n");
        }
        assertThat(TablePrint.recognize(sb.toString())).singleElement()
                .satisfies(t -> assertThat(t.tasks()).hasSize(999));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsOneHugeCellQuickly() {
        String huge = "Nhiệm vụ rất dài, ".repeat(20_000);
        assertThat(TablePrint.recognize("PHỤ LỤC\nTT\nNội dung\nChủ trì\nThời gian\n1\n" + huge + "\nSở A\nNăm 2025"))
                .hasSizeLessThanOrEqualTo(1);
    }
}
