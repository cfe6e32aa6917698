package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The error rule of package-info: a null argument is a NullPointerException naming it; bad data a ValidationException. */
class ErrorStyleTest {
    private static final ZonedDateTime START = ZonedDateTime.of(2021, 8, 3, 17, 0, 0, 0, Fixtures.CHICAGO);

    static Stream<Arguments> data_nullArguments() {
        return Stream.of(
                Arguments.of("Participant.of(role, null person)", "person",
                        (ThrowingCallable) () -> Participant.of(ParticipantRole.SPONSOR, (Person) null)),
                Arguments.of("Participant.of(null, agency)", "role",
                        (ThrowingCallable) () -> Participant.of(null, Fixtures.ecpd())),
                Arguments.of("Participant.of(role, null organization)", "organization",
                        (ThrowingCallable) () -> Participant.of(ParticipantRole.SPONSOR, (Organization) null)),
                Arguments.of("Activity.of(null)", "kind", (ThrowingCallable) () -> Activity.of(null)),
                Arguments.of("Activity.other(null)", "label", (ThrowingCallable) () -> Activity.other(null)),
                Arguments.of("Activity.parse(null)", "label", (ThrowingCallable) () -> Activity.parse(null)),
                Arguments.of("EventTime.of(null)", "start", (ThrowingCallable) () -> EventTime.of(null)),
                Arguments.of("EventTime.of(start, null)", "end", (ThrowingCallable) () -> EventTime.of(START, null)),
                Arguments.of("EventTime.allDay(null)", "day", (ThrowingCallable) () -> EventTime.allDay(null)),
                Arguments.of("EventTime.allDay(day, null)", "last",
                        (ThrowingCallable) () -> EventTime.allDay(LocalDate.of(2021, 8, 3), null)),
                Arguments.of("EventStatus.cancelled(null)", "reason", (ThrowingCallable) () -> EventStatus.cancelled(null)),
                Arguments.of("EventStatus.rescheduled(null)", "previousTime",
                        (ThrowingCallable) () -> EventStatus.rescheduled(null)),
                Arguments.of("EventStatus.rescheduled(null, reason)", "previousTime",
                        (ThrowingCallable) () -> EventStatus.rescheduled(null, "Rain")),
                Arguments.of("Person.of(null)", "name", (ThrowingCallable) () -> Person.of(null)),
                Arguments.of("Organization.of(null)", "name", (ThrowingCallable) () -> Organization.of(null)),
                Arguments.of("ExtensionProperty.of(null, value)", "name",
                        (ThrowingCallable) () -> ExtensionProperty.of(null, "x")),
                Arguments.of("ExtensionProperty.Parameter.of(name, null)", "value",
                        (ThrowingCallable) () -> ExtensionProperty.Parameter.of("FMTTYPE", null)),
                Arguments.of("DateRule.of(1, null, month)", "dayOfWeek",
                        (ThrowingCallable) () -> DateRule.of(1, null, Month.AUGUST)),
                Arguments.of("Campaign.dateFor(year, null)", "state",
                        (ThrowingCallable) () -> Campaign.nationalNightOut().dateFor(2022, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_nullArguments")
    void nullArgument_isANullPointerException_namingTheParameter(String call, String parameter, ThrowingCallable c) {
        assertThatThrownBy(c).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
    }

    @Test
    void badValueInAFactory_isAValidationException() {
        assertThatThrownBy(() -> DateRule.of(5, DayOfWeek.TUESDAY, Month.AUGUST))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("ordinal"));
        assertThatThrownBy(() -> Activity.of(ActivityKind.OTHER)).isInstanceOf(ValidationException.class);
    }

    @Test
    void validationException_keepsItsViolations_throughSerialization() throws Exception {
        ValidationException original = new ValidationException(
                java.util.List.of(new Violation("Agency", "ori", "\"X\"", "must be 9 characters")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ValidationException back = (ValidationException) in.readObject();
            assertThat(back.violations()).isNotNull().isEqualTo(original.violations());
            assertThat(back).hasMessage(original.getMessage());
        }
    }
}
