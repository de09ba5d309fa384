package vn.kehoach.parser.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.spec.SpecExamples;

/**
 * {@code spec/dates.md}: the full dates found in a phrase ("D/M/Y valid" or "D/M/Y invalid", one per line;
 * "none"); {@code spec/periods.md}: the plan period read from a title ("from-to" or "none").
 */
class DateSpecTest {
    private static final DateFinder DATES = new DateFinder();
    private static final PeriodFinder PERIODS = new PeriodFinder();

    static Stream<Arguments> dates() {
        return SpecExamples.arguments("dates.md");
    }

    static Stream<Arguments> periods() {
        return SpecExamples.arguments("periods.md");
    }

    @ParameterizedTest
    @MethodSource("dates")
    void findsFullDates(SpecExamples.Example example) {
        String printed = DATES.findAll(example.input()).stream()
                .map(d -> d.day() + "/" + d.month() + "/" + d.year() + (d.isValid() ? " valid" : " invalid"))
                .collect(Collectors.joining("\n"));
        assertThat(printed.isEmpty() ? "none" : printed).isEqualTo(example.expected());
    }

    @ParameterizedTest
    @MethodSource("periods")
    void readsPlanPeriod(SpecExamples.Example example) {
        assertThat(PERIODS.rangeOrYear(example.input()).map(p -> p.from() + "-" + p.to()).orElse("none"))
                .isEqualTo(example.expected());
    }
}
