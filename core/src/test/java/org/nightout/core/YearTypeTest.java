package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .rule(Campaign.nationalNightOut().ruleFor(UsState.WI)).lastYear(2024).addCancelledYears(2022).build();
        int year = first.time().startDate().getYear();

        assertThat(first.hostingSince()).isEqualTo(OptionalInt.of(2012));
        assertThat(series.firstYear()).isEqualTo(year);
        assertThat(series.lastYear()).isEqualTo(OptionalInt.of(2024));
        assertThat(series.cancelledYears()).containsExactly(2022);
        assertThat(series.occurrences(series.firstYear(), series.lastYear().getAsInt()))
                .extracting(e -> e.time().startDate()).containsExactly(LocalDate.of(2021, 8, 3),
                        LocalDate.of(2023, 8, 1), LocalDate.of(2024, 8, 6));
    }

    @Test
    void lastYear_outsideTheRange_isAValidationExceptionNamingIt() {
        Event first = Fixtures.nno2021().build();

        assertThatThrownBy(() -> EventSeries.builder().first(first)
                        .rule(Campaign.nationalNightOut().ruleFor(UsState.WI)).lastYear(10_000).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("lastYear"));
    }
}
