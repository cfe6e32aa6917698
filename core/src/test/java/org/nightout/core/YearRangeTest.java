package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * iCalendar and JSON dates both carry four year digits and no sign: every date, time and year in the model is
 * refused when it is built outside the years 1 to 9999, so no writer can fail half-way through a feed.
 */
class YearRangeTest {

    @Nested
    @DisplayName("refused when built")
    class Refused {
        @Test
        void allDay_inYear10000() {
            assertThatThrownBy(() -> EventTime.allDay(LocalDate.of(10_000, 8, 1)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("first", "last"));
        }

        @Test
        void allDay_inYear0() {
            assertThatThrownBy(() -> EventTime.allDay(LocalDate.of(0, 8, 1), LocalDate.of(1, 8, 1)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("first"));
        }

        @Test
        void timed_inYear10000() {
            assertThatThrownBy(() -> EventTime.of(ZonedDateTime.of(10_000, 8, 1, 18, 0, 0, 0, Fixtures.CHICAGO)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("from 1 to 9999");
        }

        @Test
        void timed_whoseUtcInstantIsInYear10000() {
            ZonedDateTime newYearsEve = ZonedDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneId.of("America/Chicago"));
            assertThatThrownBy(() -> EventTime.of(newYearsEve))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("(in UTC)");
        }

        @Test
        void lastModified_inYear10000() {
            Instant late = LocalDateTime.of(10_000, 1, 1, 0, 0).toInstant(java.time.ZoneOffset.UTC);
            assertThatThrownBy(() -> Fixtures.nno2021().lastModified(late).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("lastModified"));
        }

        @Test
        void allDay_onTheLastDayOfYear9999_whoseDayAfterNoFeedCanWrite() {
            assertThatThrownBy(() -> EventTime.allDay(LocalDate.of(9999, 12, 31)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("last"))
                    .hasMessageContaining("a feed writes the day after the last day");
        }

        @Test
        void rainDate_inYear10000() {
            Event event = Fixtures.nno2021().time(EventTime.allDay(LocalDate.of(9999, 12, 30))).build();
            assertThatThrownBy(() -> Event.builder().from(event).rainDate(LocalDate.of(10_000, 1, 1)).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("rainDate"));
        }

        @Test
        void hostingSince_year0() {
            assertThatThrownBy(() -> Fixtures.nno2021().hostingSince(0).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("hostingSince"));
        }

        @Test
        void newsLink_publishedInYear10000() {
            assertThatThrownBy(() -> NewsLink.builder().url(java.net.URI.create("https://example.org/a"))
                    .published(LocalDate.of(10_000, 1, 1)).build())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("published"));
        }

        @Test
        void campaign_firstYear10000() {
            assertThatThrownBy(() -> Campaign.builder().from(Campaign.nationalNightOut()).firstYear(10_000).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("firstYear");
        }
    }

    @Nested
    @DisplayName("accepted at the edges")
    class Accepted {
        @Test
        void firstAndLastYears() {
            assertThatCode(() -> EventTime.allDay(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 30)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> EventTime.of(ZonedDateTime.of(9999, 12, 31, 12, 0, 0, 0, Fixtures.CHICAGO)
                    .truncatedTo(ChronoUnit.SECONDS))).doesNotThrowAnyException();
        }
    }

    @Test
    @Timeout(10)
    void occurrences_upToTheLastDate_end() {
        EventSeries series = EventSeries.builder().first(Fixtures.nno2021().build())
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI)).build();
        assertThat(series.occurrences(LocalDate.of(9998, 1, 1), LocalDate.MAX))
                .extracting(e -> e.time().startDate().getYear()).containsExactly(9998, 9999);
        assertThat(series.next(ZonedDateTime.of(9999, 12, 1, 0, 0, 0, 0, Fixtures.CHICAGO))).isEmpty();
    }
}
