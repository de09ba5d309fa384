package vn.kehoach.parser.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.kehoach.model.Deadline;
import vn.kehoach.model.DeadlineKind;
import vn.kehoach.model.Period;
import vn.kehoach.parser.Vocabulary;

/**
 * Random and pathological input through the deadline parser: it never throws, never hangs, always gives a deadline
 * with a kind, and every offset it gives lies inside the text.
 */
class DeadlinePropertyTest {
    private static final DeadlineParser PARSER = new DeadlineParser();
    private static final List<String> WORDS = Vocabulary.rows("deadline-words.tsv").stream().map(r -> r[0]).toList();
    private static final String SIGNS = "/-.,;:()–—%\"'\n\t\u00A0\u200B\u0301\u0323 ";
    private static final String[] FRAGMENTS = {"IV", "II/2024", "ngày 31/9/2013", "2026-3030", "0", "00", "99999",
        "20210", "29/02", "/2024", "-2025", "ngày 01 -", "Quý", "q", "từ nay", "kể từ ngày", "(ngày 8/8/2022)",
        "sau khi", "15-16/8/2024", "6 tháng/lần", "năm học 2024 - 2025"};

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomUnicodeNeverThrowsAndKeepsOffsetsInside() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            check(randomUnicode(random), context(random));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomMixesOfDeadlineWordsAndDigitsNeverThrow() {
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            check(randomPhrase(random), context(random));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void longInputsStayLinear() {
        String[] longs = {
            "Quý IV năm 2013, ".repeat(20_000),
            "ngày ".repeat(50_000),
            "1/".repeat(100_000),
            "1-2-".repeat(50_000) + "2024",
            "từ ".repeat(30_000) + "năm 2024",
            "chậm nhất là vào ".repeat(20_000) + "cuối",
            "15 ngày ".repeat(20_000),
            "tháng 6 và ".repeat(20_000) + "tháng 12 hằng năm",
            "kể từ ngày " + "phê duyệt (".repeat(20_000),
            "(".repeat(100_000) + "2023 - 2025" + ")".repeat(100_000),
            "Quý I/2014 thực hiện thí điểm ".repeat(10_000),
            "hằng năm trước ngày 15/12 ".repeat(10_000),
            "2023, ".repeat(40_000),
            "9".repeat(200_000),
            "a\u0301".repeat(100_000),
        };
        for (String s : longs) {
            long t0 = System.nanoTime();
            check(s, new DeadlineContext(LocalDate.of(2013, 8, 14), new Period(2013, 2015)));
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("ms for %d chars", s.length())
                    .isLessThan(10_000);
        }
    }

    @Test
    void specialInputGivesAnUnparsedDeadline() {
        for (String s : new String[] {"", " ", "\n", "\u0000", "\r\n\r\n", "\uFEFF", "\uD800", "\uDC00x", "\u0301"}) {
            DeadlineReading r = PARSER.read(s, DeadlineContext.NONE);
            assertThat(r.deadline().kind()).isEqualTo(DeadlineKind.UNPARSED);
            assertThat(r.issues()).extracting(DeadlineIssue::code).containsExactly(DeadlineIssue.DEADLINE_UNPARSED);
            assertThat(PARSER.find(s, DeadlineContext.NONE)).isEmpty();
        }
    }

    private static void check(String text, DeadlineContext context) {
        DeadlineReading r = PARSER.read(text, context);
        assertThat(r.deadline()).isNotNull();
        assertThat(r.deadline().kind()).isNotNull();
        assertThat(r.deadline().text()).isNotNull();
        if (r.deadline().kind() == DeadlineKind.UNPARSED) {
            assertThat(r.issues()).as("issues of an unparsed reading of %s", text).isNotEmpty();
        }
        for (DeadlineIssue i : r.issues()) {
            assertThat(i.start()).isBetween(0, text.length());
            assertThat(i.end()).isBetween(i.start(), text.length());
        }
        assertOrdered(r.deadline(), text);
        int last = 0;
        for (DeadlineMention m : PARSER.find(text, context)) {
            assertThat(m.start()).isBetween(last, text.length());
            assertThat(m.end()).isBetween(m.start(), text.length());
            assertThat(m.deadline().kind()).isNotEqualTo(DeadlineKind.UNPARSED);
            last = m.start();
        }
    }

    /** Start is never after end, in the deadline and in each milestone. */
    private static void assertOrdered(Deadline d, String text) {
        if (d.start() != null && d.end() != null) {
            assertThat(d.start()).as("start of %s in %s", d.text(), text).isBeforeOrEqualTo(d.end());
        }
        d.milestones().forEach(m -> assertOrdered(m, text));
    }

    private static DeadlineContext context(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> DeadlineContext.NONE;
            case 1 -> new DeadlineContext(LocalDate.of(2005 + random.nextInt(22), 1 + random.nextInt(12), 1), null);
            case 2 -> new DeadlineContext(null, new Period(2010 + random.nextInt(10), 2020 + random.nextInt(10)));
            default -> new DeadlineContext(LocalDate.of(2013, 8, 14), new Period(2013, 2015));
        };
    }

    private static String randomUnicode(Random random) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(60);
        for (int i = 0; i < len; i++) {
            int kind = random.nextInt(4);
            if (kind == 0) {
                sb.append((char) random.nextInt(0x10000)); // lone surrogates and all
            } else if (kind == 1) {
                sb.append(SIGNS.charAt(random.nextInt(SIGNS.length())));
            } else {
                sb.append((char) ('0' + random.nextInt(10)));
            }
        }
        return sb.toString();
    }

    private static String randomPhrase(Random random) {
        StringBuilder sb = new StringBuilder();
        int len = 1 + random.nextInt(12);
        for (int i = 0; i < len; i++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> sb.append(WORDS.get(random.nextInt(WORDS.size())));
                case 2 -> sb.append(random.nextInt(40));
                case 3 -> sb.append(1900 + random.nextInt(1200));
                case 4 -> sb.append(SIGNS.charAt(random.nextInt(SIGNS.length())));
                default -> sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            sb.append(random.nextInt(5) == 0 ? "" : " ");
        }
        String s = sb.toString();
        return random.nextInt(4) == 0 ? s.toUpperCase() : s;
    }
}
