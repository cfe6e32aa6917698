package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The hand-written forms agree with java.time's formatters on every zone, and in both hours of a fall-back night. */
class IsoTimesTest {

    @Test
    void zoned_everyZone_formatsAsTheFormatterAndParsesBack() {
        SplittableRandom random = new SplittableRandom(42);
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            for (int i = 0; i < 20; i++) {
                long second = random.nextLong(-2_208_988_800L, 4_102_444_800L);
                ZonedDateTime t = Instant.ofEpochSecond(second).atZone(zone);
                String text = IsoTimes.format(t);
                assertThat(text).as(id).isEqualTo(JsonOutput.ZONED.format(t));
                assertThat(IsoTimes.parseZoned(text)).as(text).isEqualTo(t);
            }
        }
    }

    @Test
    void zoned_fallBackNight_keepsBothHours() {
        ZonedDateTime early = ZonedDateTime.of(LocalDateTime.of(2022, 11, 6, 1, 30), ZoneId.of("America/Chicago"));
        ZonedDateTime late = early.withLaterOffsetAtOverlap();
        assertThat(IsoTimes.format(early)).isEqualTo("2022-11-06T01:30:00-05:00[America/Chicago]");
        assertThat(IsoTimes.parseZoned(IsoTimes.format(late))).isEqualTo(late).isNotEqualTo(early);
    }

    @Test
    void zoned_offsetThatIsNotTheZones_isRejected() {
        assertThatThrownBy(() -> IsoTimes.parseZoned("2022-08-02T18:00:00-06:00[America/New_York]"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.parseZoned("2022-08-02T18:00:00-04:00[Mars/Olympus]"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.parseZoned("2022-13-02T18:00:00-04:00[America/New_York]"))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void zoned_otherValidForms_fallBackToJavaTime() {
        assertThat(IsoTimes.parseZoned("2022-08-02T18:00-04:00[America/New_York]"))
                .isEqualTo(ZonedDateTime.parse("2022-08-02T18:00-04:00[America/New_York]"));
        assertThat(IsoTimes.parseZoned("2022-08-02T22:00:00Z")).isEqualTo(ZonedDateTime.parse("2022-08-02T22:00Z"));
        assertThat(IsoTimes.parseZoned("2022-08-02T18:00:00-04:00"))
                .isEqualTo(ZonedDateTime.of(2022, 8, 2, 18, 0, 0, 0, ZoneOffset.ofHours(-4)));
    }

    @Test
    void instantAndDate_agreeWithJavaTime() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, 253402300799L), i % 3 == 0 ? random.nextInt(1_000_000_000) : 0);
            assertThat(IsoTimes.format(t)).isEqualTo(t.toString());
            assertThat(IsoTimes.parseInstant(t.toString())).isEqualTo(t);
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(-700_000, 2_900_000));
            assertThat(IsoTimes.format(d)).isEqualTo(d.toString());
            assertThat(IsoTimes.parseDate(d.toString())).isEqualTo(d);
        }
        assertThatThrownBy(() -> IsoTimes.parseDate("2021-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.parseInstant("2021-08-04T25:00:00Z")).isInstanceOf(DateTimeException.class);
    }
}
