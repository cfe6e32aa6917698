package org.nightout.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of RFC 5545 section 3.8.5.3, with DTSTART;TZID=America/New_York. Where the RFC lists only the first
 * occurrences of an infinite rule, those are compared; a finite rule must give exactly the occurrences listed.
 */
class RecurrenceRfcExamplesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Stream<Arguments> data_examples() {
        return Stream.of(
                example("Daily for 10 occurrences", "19970902T090000", "FREQ=DAILY;COUNT=10", true,
                        at9("1997-09-02", "1997-09-03", "1997-09-04", "1997-09-05", "1997-09-06", "1997-09-07",
                                "1997-09-08", "1997-09-09", "1997-09-10", "1997-09-11")),
                example("Every other day, forever", "19970902T090000", "FREQ=DAILY;INTERVAL=2", false,
                        at9("1997-09-02", "1997-09-04", "1997-09-06", "1997-09-08", "1997-09-10", "1997-09-12",
                                "1997-09-14", "1997-09-16", "1997-09-18", "1997-09-20", "1997-09-22", "1997-09-24",
                                "1997-09-26", "1997-09-28", "1997-09-30", "1997-10-02", "1997-10-04", "1997-10-06",
                                "1997-10-08", "1997-10-10", "1997-10-12", "1997-10-14", "1997-10-16", "1997-10-18",
                                "1997-10-20", "1997-10-22", "1997-10-24", "1997-10-26", "1997-10-28", "1997-10-30",
                                "1997-11-01")),
                example("Every 10 days, 5 occurrences", "19970902T090000", "FREQ=DAILY;INTERVAL=10;COUNT=5", true,
                        at9("1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12")),
                example("Weekly for 10 occurrences", "19970902T090000", "FREQ=WEEKLY;COUNT=10", true,
                        at9("1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-10-07",
                                "1997-10-14", "1997-10-21", "1997-10-28", "1997-11-04")),
                example("Weekly until December 24, 1997", "19970902T090000", "FREQ=WEEKLY;UNTIL=19971224T000000Z",
                        true, at9("1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30",
                                "1997-10-07", "1997-10-14", "1997-10-21", "1997-10-28", "1997-11-04", "1997-11-11",
                                "1997-11-18", "1997-11-25", "1997-12-02", "1997-12-09", "1997-12-16", "1997-12-23")),
                example("Every other week, forever", "19970902T090000", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", false,
                        at9("1997-09-02", "1997-09-16", "1997-09-30", "1997-10-14", "1997-10-28", "1997-11-11",
                                "1997-11-25", "1997-12-09", "1997-12-23", "1998-01-06", "1998-01-20", "1998-02-03",
                                "1998-02-17")),
                example("Weekly on Tuesday and Thursday for five weeks, by UNTIL", "19970902T090000",
                        "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", true, TUESDAYS_AND_THURSDAYS),
                example("Weekly on Tuesday and Thursday for five weeks, by COUNT", "19970902T090000",
                        "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", true, TUESDAYS_AND_THURSDAYS),
                example("Every other week on Monday, Wednesday and Friday until December 24, 1997", "19970901T090000",
                        "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", true,
                        at9("1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15", "1997-09-17", "1997-09-19",
                                "1997-09-29", "1997-10-01", "1997-10-03", "1997-10-13", "1997-10-15", "1997-10-17",
                                "1997-10-27", "1997-10-29", "1997-10-31", "1997-11-10", "1997-11-12", "1997-11-14",
                                "1997-11-24", "1997-11-26", "1997-11-28", "1997-12-08", "1997-12-10", "1997-12-12",
                                "1997-12-22")),
                example("Every other week on Tuesday and Thursday, for 8 occurrences", "19970902T090000",
                        "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", true,
                        at9("1997-09-02", "1997-09-04", "1997-09-16", "1997-09-18", "1997-09-30", "1997-10-02",
                                "1997-10-14", "1997-10-16")),
                example("Monthly on the first Friday for 10 occurrences", "19970905T090000",
                        "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", true,
                        at9("1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06",
                                "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05")),
                example("Monthly on the first Friday until December 24, 1997", "19970905T090000",
                        "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", true,
                        at9("1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05")),
                example("Every other month on the first and last Sunday, for 10 occurrences", "19970907T090000",
                        "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", true,
                        at9("1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04", "1998-01-25",
                                "1998-03-01", "1998-03-29", "1998-05-03", "1998-05-31")),
                example("Monthly on the second-to-last Monday for 6 months", "19970922T090000",
                        "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", true,
                        at9("1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16")),
                example("Monthly on the third-to-the-last day of the month, forever", "19970928T090000",
                        "FREQ=MONTHLY;BYMONTHDAY=-3", false,
                        at9("1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29", "1998-02-26")),
                example("Monthly on the 2nd and 15th for 10 occurrences", "19970902T090000",
                        "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", true,
                        at9("1997-09-02", "1997-09-15", "1997-10-02", "1997-10-15", "1997-11-02", "1997-11-15",
                                "1997-12-02", "1997-12-15", "1998-01-02", "1998-01-15")),
                example("Monthly on the first and last day for 10 occurrences", "19970930T090000",
                        "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", true,
                        at9("1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30", "1997-12-01",
                                "1997-12-31", "1998-01-01", "1998-01-31", "1998-02-01")),
                example("Every 18 months on the 10th to 15th for 10 occurrences", "19970910T090000",
                        "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", true,
                        at9("1997-09-10", "1997-09-11", "1997-09-12", "1997-09-13", "1997-09-14", "1997-09-15",
                                "1999-03-10", "1999-03-11", "1999-03-12", "1999-03-13")),
                example("Every Tuesday, every other month", "19970902T090000", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
                        false, at9("1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30",
                                "1997-11-04", "1997-11-11", "1997-11-18", "1997-11-25", "1998-01-06", "1998-01-13",
                                "1998-01-20", "1998-01-27", "1998-03-03", "1998-03-10", "1998-03-17", "1998-03-24",
                                "1998-03-31")),
                example("Yearly in June and July for 10 occurrences", "19970610T090000",
                        "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", true,
                        at9("1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10", "1999-06-10", "1999-07-10",
                                "2000-06-10", "2000-07-10", "2001-06-10", "2001-07-10")),
                example("Every other year on January, February and March for 10 occurrences", "19970310T090000",
                        "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", true,
                        at9("1997-03-10", "1999-01-10", "1999-02-10", "1999-03-10", "2001-01-10", "2001-02-10",
                                "2001-03-10", "2003-01-10", "2003-02-10", "2003-03-10")),
                example("Every third year on the 1st, 100th and 200th day for 10 occurrences", "19970101T090000",
                        "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", true,
                        at9("1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09", "2000-07-18",
                                "2003-01-01", "2003-04-10", "2003-07-19", "2006-01-01")),
                example("Every 20th Monday of the year, forever", "19970519T090000", "FREQ=YEARLY;BYDAY=20MO", false,
                        at9("1997-05-19", "1998-05-18", "1999-05-17")),
                example("Monday of week number 20, forever", "19970512T090000", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
                        false, at9("1997-05-12", "1998-05-11", "1999-05-17")),
                example("Every Thursday in March, forever", "19970313T090000", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", false,
                        at9("1997-03-13", "1997-03-20", "1997-03-27", "1998-03-05", "1998-03-12", "1998-03-19",
                                "1998-03-26", "1999-03-04", "1999-03-11", "1999-03-18", "1999-03-25")),
                example("Every Thursday, but only during June, July and August, forever", "19970605T090000",
                        "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", false,
                        at9("1997-06-05", "1997-06-12", "1997-06-19", "1997-06-26", "1997-07-03", "1997-07-10",
                                "1997-07-17", "1997-07-24", "1997-07-31", "1997-08-07", "1997-08-14", "1997-08-21",
                                "1997-08-28", "1998-06-04", "1998-06-11", "1998-06-18", "1998-06-25", "1998-07-02",
                                "1998-07-09", "1998-07-16", "1998-07-23", "1998-07-30", "1998-08-06", "1998-08-13",
                                "1998-08-20", "1998-08-27", "1999-06-03", "1999-06-10", "1999-06-17", "1999-06-24",
                                "1999-07-01", "1999-07-08", "1999-07-15", "1999-07-22", "1999-07-29", "1999-08-05",
                                "1999-08-12", "1999-08-19", "1999-08-26")),
                example("The first Saturday that follows the first Sunday of the month, forever", "19970913T090000",
                        "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", false,
                        at9("1997-09-13", "1997-10-11", "1997-11-08", "1997-12-13", "1998-01-10", "1998-02-07",
                                "1998-03-07", "1998-04-11", "1998-05-09", "1998-06-13")),
                example("Every 4 years, the first Tuesday after a Monday in November, forever", "19961105T090000",
                        "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", false,
                        at9("1996-11-05", "2000-11-07", "2004-11-02")),
                example("The third instance of Tuesday, Wednesday or Thursday, for the next 3 months",
                        "19970904T090000", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", true,
                        at9("1997-09-04", "1997-10-07", "1997-11-06")),
                example("The second-to-last weekday of the month", "19970929T090000",
                        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", false,
                        at9("1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30", "1998-01-29", "1998-02-26",
                                "1998-03-30")),
                example("Every 15 minutes for 6 occurrences", "19970902T090000", "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
                        true, times("1997-09-02", "09:00", "09:15", "09:30", "09:45", "10:00", "10:15")),
                example("Every hour and a half for 4 occurrences", "19970902T090000",
                        "FREQ=MINUTELY;INTERVAL=90;COUNT=4", true,
                        times("1997-09-02", "09:00", "10:30", "12:00", "13:30")),
                example("Every 20 minutes from 9:00 to 16:40, by DAILY", "19970902T090000",
                        "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", false, everyTwentyMinutes()),
                example("Every 20 minutes from 9:00 to 16:40, by MINUTELY", "19970902T090000",
                        "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", false, everyTwentyMinutes()),
                example("WKST=MO: every other week on Tuesday and Sunday", "19970805T090000",
                        "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", true,
                        at9("1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24")),
                example("WKST=SU: every other week on Tuesday and Sunday", "19970805T090000",
                        "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", true,
                        at9("1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31")),
                example("An invalid date (February 30) is skipped", "20070115T090000",
                        "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", true,
                        at9("2007-01-15", "2007-01-30", "2007-02-15", "2007-03-15", "2007-03-30")));
    }

    private static final List<LocalDateTime> TUESDAYS_AND_THURSDAYS = at9("1997-09-02", "1997-09-04", "1997-09-09",
            "1997-09-11", "1997-09-16", "1997-09-18", "1997-09-23", "1997-09-25", "1997-09-30", "1997-10-02");

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("data_examples")
    void example_givesTheRfcOccurrences(String name, String dtstart, String rule, boolean finite,
            List<LocalDateTime> expected) {
        RecurrenceSet<ZonedDateTime> set = RecurrenceSet.timed(start(dtstart), NEW_YORK)
                .withRule(RecurrenceRule.parse(rule));
        List<LocalDateTime> actual = set.occurrences().limit(finite ? 10_000 : expected.size())
                .map(ZonedDateTime::toLocalDateTime).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void dailyUntilDecember24_keepsNineOClockAcrossTheChangeToStandardTime() {
        List<ZonedDateTime> all = RecurrenceSet.timed(start("19970902T090000"), NEW_YORK)
                .withRule(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T000000Z")).occurrences().toList();
        assertThat(all).hasSize(113).allSatisfy(t -> assertThat(t.getHour()).isEqualTo(9));
        assertThat(all.get(0).getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        assertThat(all.get(112).toLocalDateTime()).isEqualTo(LocalDateTime.of(1997, 12, 23, 9, 0));
        assertThat(all.get(112).getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    }

    @Test
    void everyDayInJanuary_forThreeYears_byYearlyAndByDaily() {
        List<LocalDateTime> expected = new ArrayList<>();
        for (int year = 1998; year <= 2000; year++) {
            for (int day = 1; day <= 31; day++) {
                expected.add(LocalDateTime.of(year, 1, day, 9, 0));
            }
        }
        for (String rule : List.of("FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
                "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1")) {
            assertThat(RecurrenceSet.timed(start("19980101T090000"), NEW_YORK).withRule(RecurrenceRule.parse(rule))
                    .occurrences().map(ZonedDateTime::toLocalDateTime).toList()).as(rule).isEqualTo(expected);
        }
    }

    @Test
    void everyFridayThe13th_withDtstartExcluded() {
        ZonedDateTime start = ZonedDateTime.of(start("19970902T090000"), NEW_YORK);
        assertThat(RecurrenceSet.timed(start).withRule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"))
                .withExdates(List.of(start)).occurrences().limit(5).map(ZonedDateTime::toLocalDateTime).toList())
                .isEqualTo(at9("1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13"));
    }

    /**
     * The RFC lists 09:00, 12:00 and 15:00 for this rule, but its UNTIL, 17:00 UTC, is 13:00 EDT: by the UNTIL rule
     * of section 3.3.10 ("the UNTIL rule part defines a DATE-TIME value that bounds the recurrence rule in an
     * inclusive manner"), 15:00 EDT (19:00 UTC) is outside.
     */
    @Test
    void everyThreeHours_untilFivePmUtc_endsAtOnePmNewYorkTime() {
        assertThat(RecurrenceSet.timed(start("19970902T090000"), NEW_YORK)
                .withRule(RecurrenceRule.parse("FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z")).occurrences()
                .map(ZonedDateTime::toLocalDateTime).toList())
                .isEqualTo(times("1997-09-02", "09:00", "12:00"));
    }

    private static Arguments example(String name, String dtstart, String rule, boolean finite,
            List<LocalDateTime> expected) {
        return Arguments.of(name, dtstart, rule, finite, expected);
    }

    private static LocalDateTime start(String basic) {
        return LocalDateTime.of(Integer.parseInt(basic.substring(0, 4)), Integer.parseInt(basic.substring(4, 6)),
                Integer.parseInt(basic.substring(6, 8)), Integer.parseInt(basic.substring(9, 11)),
                Integer.parseInt(basic.substring(11, 13)));
    }

    private static List<LocalDateTime> at9(String... dates) {
        return Stream.of(dates).map(d -> LocalDate.parse(d).atTime(9, 0)).toList();
    }

    private static List<LocalDateTime> times(String date, String... times) {
        return Stream.of(times).map(t -> LocalDateTime.parse(date + "T" + t)).toList();
    }

    private static List<LocalDateTime> everyTwentyMinutes() {
        List<LocalDateTime> list = new ArrayList<>();
        for (int day = 2; day <= 3; day++) {
            for (int hour = 9; hour <= 16; hour++) {
                for (int minute = 0; minute < 60; minute += 20) {
                    list.add(LocalDateTime.of(1997, 9, day, hour, minute));
                }
            }
        }
        return list;
    }
}
