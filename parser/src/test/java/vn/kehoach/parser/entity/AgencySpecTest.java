package vn.kehoach.parser.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.parser.spec.SpecExamples;

/** {@code spec/agencies.md}: the agencies named in a cell, one per line, resolved. */
class AgencySpecTest {
    static Stream<Arguments> examples() {
        return SpecExamples.arguments("agencies.md");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void splitsAndResolvesAgencies(SpecExamples.Example example) {
        String printed = AgencySplitter.DEFAULT.split(example.input()).stream()
                .map(a -> a.name() + " | " + a.canonical() + " | " + a.kind() + " | " + a.collective())
                .collect(Collectors.joining("\n"));
        assertThat(printed.isEmpty() ? "(none)" : printed).isEqualTo(example.expected());
    }
}
