package org.nightout.ical4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;
import org.nightout.core.Campaign;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.UsState;
import org.nightout.examples.SampleEvents;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;

class Ical4jConverterTest {
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Ical4jConverter CONVERTER = new Ical4jConverter(
            ICalendarWriter.builder().publisher("City of Eau Claire", URI.create("mailto:events@example.org"))
                    .uidDomain("example.org").profile(Profile.FULL).build(),
            ICalendarReader.builder().uidDomain("example.org").build());

    static Event eauClaire() {
        return SampleEvents.all().stream().filter(e -> e.id().contains("eau-claire")).findFirst().orElseThrow();
    }

    /** The first Eau Claire sample event, held in the evening in Chicago time instead of all day. */
    static Event timed() {
        LocalDate day = eauClaire().time().startDate();
        return Event.builder().from(eauClaire()).time(EventTime.of(ZonedDateTime.of(day.atTime(17, 0), CHICAGO),
                ZonedDateTime.of(day.atTime(20, 0), CHICAGO))).build();
    }

    @Test
    void sampleEvents_roundTripThroughACalendar_equal() throws IOException {
        List<Event> events = SampleEvents.all();
        Calendar calendar = CONVERTER.toCalendar(events, List.of());
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(events.size());
        ICalendarData back = CONVERTER.fromCalendar(calendar);
        assertThat(back.events()).isEqualTo(events);
        assertThat(back.warnings()).isEmpty();
    }

    /** iCal4j outputs an X- property as TEXT and escapes its commas ({@code X-NIGHTOUT-AUDIENCE:ALL_AGES\,CHILDREN}). */
    @Test
    void multipleAudiences_escapedByIcal4j_comeBackAll() throws IOException {
        Event twoAudiences = SampleEvents.all().stream().filter(e -> e.audiences().size() >= 2).findFirst()
                .orElseThrow();
        ICalendarData back = CONVERTER.fromCalendar(CONVERTER.toCalendar(List.of(twoAudiences), List.of()));
        assertThat(back.warnings()).isEmpty();
        assertThat(back.events()).containsExactly(twoAudiences);
    }

    @Test
    void series_roundTripsThroughACalendar_equal() throws IOException {
        EventSeries series = EventSeries.builder().first(timed())
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
                .addExdates(nextYear(timed())).build();
        ICalendarData back = CONVERTER.fromCalendar(CONVERTER.toCalendar(List.of(), List.of(series)));
        assertThat(back.series()).containsExactly(series);
        assertThat(back.events()).isEmpty();
    }

    @Test
    void toCalendar_holdsOurCompactVTimezone_notIcal4js() {
        Calendar calendar = CONVERTER.toCalendar(List.of(timed()), List.of());
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        String zone = zones.get(0).toString();
        assertThat(zone).contains("TZID:America/Chicago").doesNotContain("TZURL", "ical4j");
        // Ours has one STANDARD and one DAYLIGHT rule; iCal4j's has every observance since 1883.
        assertThat(zones.get(0).getObservances()).hasSize(2);
    }

    @Test
    void fromCalendar_withIcal4jsOwnVTimezone_readsTheIanaZoneBack() throws IOException {
        VTimeZone ical4jsChicago = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone("America/Chicago").getVTimeZone();
        Calendar ours = CONVERTER.toCalendar(List.of(timed()), List.of());
        Calendar calendar = new Calendar(ours.getPropertyList(), new ComponentList<CalendarComponent>(
                List.of(ical4jsChicago, ours.<VEvent>getComponents(Component.VEVENT).get(0))));
        ICalendarData back = CONVERTER.fromCalendar(calendar);
        assertThat(back.events()).containsExactly(timed());
        assertThat(((EventTime.Timed) back.events().get(0).time()).start().getZone()).isEqualTo(CHICAGO);
    }

    /**
     * Why the converter reads through text: iCal4j's own objects hold the start in a zone it generated from the
     * Calendar's VTIMEZONE, which an object-to-object mapping would have to map back through the TZID parameter.
     */
    @Test
    void ical4jsParsedStart_isInAGeneratedZone_whileTheConverterGivesTheIanaZone() throws IOException {
        Calendar calendar = CONVERTER.toCalendar(List.of(timed()), List.of());
        VEvent vevent = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        ZonedDateTime ical4jsStart = (ZonedDateTime) vevent.getDateTimeStart().getDate();

        assertThat(ical4jsStart.getZone().getId()).startsWith("ical4j-local-");
        assertThat(ical4jsStart.toInstant()).isEqualTo(((EventTime.Timed) timed().time()).start().toInstant());
        assertThat(((EventTime.Timed) CONVERTER.fromCalendar(calendar).events().get(0).time()).start().getZone())
                .isEqualTo(CHICAGO);
    }

    /**
     * A VEvent alone has no PRODID, so it is read as another calendar's event: its UID is kept as read, its
     * LOCATION becomes the venue and its ORGANIZER the organizer, instead of the lossless X-NIGHTOUT reading of our
     * own feeds. Time, title and identity come back; for equal events, convert whole Calendars.
     */
    @Test
    void vevent_roundTrips_timeTitleAndId() throws IOException {
        VEvent vevent = CONVERTER.toVEvent(timed());
        assertThat(vevent.toString()).contains("DTSTART;TZID=America/Chicago:").doesNotContain("ical4j");
        Event back = CONVERTER.fromVEvent(vevent);
        assertThat(back.id()).isEqualTo(timed().id());
        assertThat(back.title()).isEqualTo(timed().title());
        assertThat(back.time()).isEqualTo(timed().time());
    }

    @Test
    void fromVEvent_builtWithIcal4jsApi_keepsTheIanaZone() throws IOException {
        ZonedDateTime start = ZonedDateTime.of(2021, 8, 3, 17, 0, 0, 0, CHICAGO);
        VEvent vevent = new VEvent(start, Duration.ofHours(3), "National Night Out at Carson Park");
        vevent.add(new Uid("nno-2021-carson-park"));
        Event event = CONVERTER.fromVEvent(vevent);
        assertThat(event.title()).isEqualTo("National Night Out at Carson Park");
        assertThat(((EventTime.Timed) event.time()).start()).isEqualTo(start);
        assertThat(((EventTime.Timed) event.time()).start().getZone()).isEqualTo(CHICAGO);
    }

    @Test
    void fromVEvent_ofASeries_isRefused() {
        EventSeries series = EventSeries.builder().first(timed())
                .rule(Campaign.nationalNightOut().recurrenceRuleFor(UsState.WI))
                .build();
        VEvent vevent = CONVERTER.toCalendar(List.of(), List.of(series)).<VEvent>getComponents(Component.VEVENT)
                .get(0);
        assertThatThrownBy(() -> CONVERTER.fromVEvent(vevent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series");
    }

    /** The start of an event's National Night Out occurrence a year later, in the form of its own start. */
    private static java.time.temporal.Temporal nextYear(Event first) {
        org.nightout.core.EventTime next = first.time().movedTo(Campaign.nationalNightOut()
                .dateFor(first.time().startDate().getYear() + 1, UsState.WI));
        return next instanceof org.nightout.core.EventTime.Timed t ? t.start() : next.startDate();
    }
}
