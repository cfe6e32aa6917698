package org.nightout.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightout.core.ActivityKind;
import org.nightout.core.EventStatus;

/** Cells as people type them: dates, times and ranges, statuses, activities. */
class ValuesTest {

    @Nested
    @DisplayName("dates")
    class Dates {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2026-08-04", "8/4/2026", "08/04/2026", "8/4/26", "August 4, 2026", "Aug 4, 2026",
            "Aug. 4 2026", "Tue, Aug 4, 2026", "Tuesday, August 4, 2026", "4 August 2026", " august 4th, 2026 ",
            "2026/08/04", "4-Aug-26", "04-Aug-2026"})
        void every_style_readsAugust4(String text) {
            assertThat(DateText.parse(text)).isEqualTo(LocalDate.of(2026, 8, 4));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"8/4", "Aug 4", "Tue, Aug 4", "4 August"})
        void a_dateWithoutItsYear_takesTheYearGiven_andIsAnErrorWithoutOne(String text) {
            assertThat(DateText.parse(text, 2026)).isEqualTo(LocalDate.of(2026, 8, 4));
            assertThatThrownBy(() -> DateText.parse(text)).hasMessageStartingWith("no year: write it");
        }

        @Test
        void a_wrongWeekday_isNamed() {
            assertThatThrownBy(() -> DateText.parse("Wed, Aug 4, 2026"))
                    .hasMessage("2026-08-04 is a Tuesday, not \"wed\"");
        }

        @Test
        void no_such_day_saysMonthFirst() {
            assertThatThrownBy(() -> DateText.parse("8/32/2026")).hasMessageContaining("no such date")
                    .hasMessageContaining("month/day/year");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"next Tuesday", "2026", "Augtober 4, 2026", "4.8."})
        void text_thatIsNoDate_isAnError(String text) {
            assertThatThrownBy(() -> DateText.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("times and ranges")
    class Times {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"6:00 PM", "6 pm", "6pm", "6:00 p.m.", "6:00:00 PM", "18:00", "18:00:00", "6 P.M."})
        void every_style_readsSixInTheEvening(String text) {
            assertThat(TimeText.range(text)).isEqualTo(new TimeText.Times(LocalTime.of(18, 0), null));
        }

        @ParameterizedTest(name = "{0} is {1} to {2}")
        @CsvSource(delimiter = '|', value = {
            "6-9 pm|18:00|21:00", "6:00 PM - 9:00 PM|18:00|21:00", "7:30pm-10pm|19:30|22:00",
            "7 to 10pm|19:00|22:00", "6:00 p.m. \u2013 8:30 p.m.|18:00|20:30", "11-1 pm|11:00|13:00",
            "9-1 am|21:00|01:00", "9 pm - 1|21:00|01:00", "18:00-21:00|18:00|21:00", "noon - 3 pm|12:00|15:00",
            "7:30pm|19:30|", "from 6 to 9 pm|18:00|21:00", "6:30-9 pm|18:30|21:00", "6:00-9:00 pm|18:00|21:00",
            "6:00 pm-9:00|18:00|21:00", "12:30-2 pm|12:30|14:00", "18:30-9 pm|18:30|21:00", "10:30 am-1:00|10:30|13:00"})
        void ranges_takeTheShorterReading(String text, LocalTime start, LocalTime end) {
            assertThat(TimeText.range(text)).isEqualTo(new TimeText.Times(start, end));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"6", "6-9", "25:00", "13 pm", "6:75 pm", "evening"})
        void ambiguous_or_impossible_times_areErrors(String text) {
            assertThatThrownBy(() -> TimeText.range(text)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_bareHour_asksForAmOrPm() {
            assertThatThrownBy(() -> TimeText.range("6-9")).hasMessage("say am or pm, such as 6-9 pm");
        }
    }

    @Nested
    @DisplayName("statuses")
    class Statuses {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Cancelled", "Canceled", "CANCELLED", "cancelled "})
        void cancelled_withoutReason_getsTheDocumentedOne(String text) {
            assertThat(StatusText.parse(text)).isEqualTo(EventStatus.cancelled(StatusText.NO_REASON));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Cancelled - severe weather", "Canceled: severe weather", "Cancelled (severe weather)"})
        void cancelled_withReason_keepsIt(String text) {
            assertThat(StatusText.parse(text)).isEqualTo(EventStatus.cancelled("severe weather"));
        }

        @Test
        void other_words_areRead_andUnknownOnesNamed() {
            assertThat(StatusText.parse("")).isEqualTo(EventStatus.scheduled());
            assertThat(StatusText.parse("Approved")).isEqualTo(EventStatus.confirmed());
            assertThat(StatusText.parse("pending")).isEqualTo(EventStatus.tentative());
            assertThat(StatusText.parse("Postponed")).isEqualTo(EventStatus.postponed(StatusText.NO_REASON));
            assertThatThrownBy(() -> StatusText.parse("Maybe not")).hasMessageStartingWith("not a status");
        }

        @Test
        void format_readsBack() {
            for (EventStatus s : new EventStatus[] {EventStatus.scheduled(), EventStatus.confirmed(),
                EventStatus.tentative(), EventStatus.cancelled("rain, then hail"), EventStatus.postponed("heat")}) {
                assertThat(StatusText.parse(StatusText.format(s))).isEqualTo(s);
            }
        }
    }

    @Test
    void activities_mapToKinds_andKeepTheRestAsText() {
        assertThat(ActivityNames.parse("Music, DJ; bounce house and face painting\nArts and crafts, Touch-a-truck"))
                .extracting(a -> a.kind() + ":" + a.label())
                .containsExactly("MUSIC:Music", "BOUNCE_HOUSE:Bounce house", "OTHER:face painting",
                        "ARTS_AND_CRAFTS:Arts and crafts", "EMERGENCY_VEHICLE_DISPLAY:Emergency vehicle display");
        assertThat(ActivityNames.parse("Hot dogs and lemonade")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(ActivityKind.OTHER))
                .satisfies(a -> assertThat(a.label()).isEqualTo("Hot dogs and lemonade"));
    }

    @Test
    void headers_matchWithCaseSpacesAndPunctuationIgnored() {
        assertThat(Column.named("E-mail Address")).contains(Column.EMAIL);
        assertThat(Column.named("EVENT_NAME")).contains(Column.TITLE);
        assertThat(Column.named(" start  time ")).contains(Column.START_TIME);
        assertThat(Column.named("Street Address")).contains(Column.ADDRESS);
        assertThat(Column.named("Rain date")).contains(Column.RAIN_DATE);
        assertThat(Column.named("T-Shirt Size")).isEmpty();
    }

    @Test
    void a_columnMap_namesOtherHeaders_andIgnoresSome() {
        ColumnMap map = ColumnMap.parse("# form\nWhere is it? = street address\n\nOfficer = ignore\nA=B = notes\n");
        assertThat(map.columnOf("where is it")).contains(Column.ADDRESS);
        assertThat(map.columnOf("A=B")).contains(Column.DESCRIPTION);
        assertThat(map.ignores("officer")).isTrue();
        assertThat(map.columnOf("Date")).contains(Column.DATE);
        assertThatThrownBy(() -> ColumnMap.parse("Where = nowhere"))
                .hasMessageStartingWith("line 1: \"nowhere\" is no column");
        assertThatThrownBy(() -> ColumnMap.parse("\n\nno equals sign")).hasMessageStartingWith("line 3:");
    }

    @Test
    void extension_values_escapeAndUnescape() {
        String cell = "a, b; c\\d\r\ne\u0001";
        assertThat(Cells.escape(cell)).isEqualTo("a\\, b\\; c\\\\d\\ne ");
        assertThat(Cells.unescape(Cells.escape("a, b; c\\d\ne"))).isEqualTo("a, b; c\\d\ne");
    }
}
