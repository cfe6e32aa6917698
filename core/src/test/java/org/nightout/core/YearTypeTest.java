package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A year is an {@code int} across the model, as the package documentation says, never a {@link Year}. */
class YearTypeTest {

    @Test
    void noPublicMethod_takesOrGivesAYearObject() throws Exception {
        List<String> offending = OptionalParametersTest.publicTypes().stream()
                .flatMap(t -> Arrays.stream(t.getMethods()))
                .filter(m -> Modifier.isPublic(m.getDeclaringClass().getModifiers()))
                .filter(m -> mentions(m, "java.time.Year") || mentions(m, "java.util.Optional<java.lang.Integer>"))
                .map(Method::toGenericString).toList();

        assertThat(offending).isEmpty();
    }

    private static boolean mentions(Method m, String type) {
        return Stream.concat(Stream.of(m.getGenericReturnType()), Arrays.stream(m.getGenericParameterTypes()))
                .anyMatch(t -> t.getTypeName().equals(type));
    }

    @Test
    void theYearsOfAnEventAndItsSeries_areTheSameNumbers() {
        Event first = Fixtures.nno2021().hostingSince(2012).build();
        EventSeries series = EventSeries.builder().first(first)
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI).endingAfter(4)).build();

        assertThat(first.hostingSince()).isEqualTo(OptionalInt.of(2012));
        assertThat(series.lastYear()).isEqualTo(OptionalInt.of(2024));
        assertThat(series.occurrences(LocalDate.of(2021, 1, 1), LocalDate.of(2030, 1, 1)))
                .extracting(e -> e.time().startDate().getYear()).containsExactly(2021, 2022, 2023, 2024);
    }
}
