package org.nightout.ical4j;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultComponentFactorySupplier;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentFactory;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.ICalendarData;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;

/**
 * Converts nightout events and series to iCal4j {@link Calendar}s and {@link VEvent}s, and back.
 *
 * <h2>Why through iCalendar text, not object to object</h2>
 * Each direction goes through the iCalendar text of RFC 5545: events become a {@code Calendar} by
 * {@link ICalendarWriter} and iCal4j's {@link CalendarBuilder}; a {@code Calendar} becomes events by iCal4j's
 * {@link CalendarOutputter} and {@link ICalendarReader}. Mapping iCal4j's objects field by field was the other way,
 * and the text wins on correctness, which comes first:
 * <ul>
 * <li>Our writer and reader are the one place where every field meets iCalendar, fields without a property of
 *     their own included ({@code X-NIGHTOUT-*}), and they read back to equal events. An object mapping would be a
 *     second copy of all of it, free to drift.</li>
 * <li>iCal4j's objects carry what must not reach ours: date-times parsed in generated zone ids
 *     ({@code ical4j-local-…}), and its own VTIMEZONEs with the whole history since 1883, a TZURL, and for an
 *     alias zone another zone's TZID. In the text, a time is what its TZID parameter says, and our reader resolves
 *     that to the IANA zone; in the other direction the Calendar holds our compact VTIMEZONEs, not iCal4j's.</li>
 * <li>Whatever a Calendar from elsewhere holds, our reader reads it as it reads any feed: with the same repairs,
 *     Windows and vendor zone names, custom VTIMEZONEs and warnings.</li>
 * </ul>
 * The cost is iCal4j's own parsing or output of the text, measured by {@code Ical4jConversionBenchmark} in the
 * benchmarks module (16,000 events, full profile; one fork of three iterations on a 2-core machine under a load of
 * about 16, so the figures are ratios within one run, not absolutes):
 * <ul>
 * <li>Back from a Calendar: 2.28 s, of which iCal4j's {@code CalendarOutputter} alone takes 2.24 s; our reader is
 *     the rest. The text goes from iCal4j's output to our reader as a {@code String}: through UTF-8 bytes, as this
 *     class did before (iCal4j's output encoded, then decoded by the reader), it took 8.85 s, 3.9 times as long.</li>
 * <li>To a Calendar: 4.58 s, nearly all of it iCal4j's {@code CalendarBuilder} (its unfolding reader, tokenizer and
 *     per-property regular expressions; our writer takes about 0.07 s of it). Building bare VEvents directly (seven
 *     properties each, no VTIMEZONE: the floor an object mapping could reach) takes 0.06 s. An object mapping could
 *     come near that floor only at the price of everything in the list above, so the text route stays, tuned: the text goes
 *     to the builder as a {@code String}, and iCal4j's factories are listed once ({@code DefaultContentHandler}
 *     lists them anew for every property: the top frame of the builder's profile, 14% of its samples, gone from
 *     it since). Against {@code new CalendarBuilder()} on UTF-8 bytes, two runs gave 4.58 s against 4.54 s, and
 *     3.60 s ± 1.36 against 11.05 s ± 7.87 (two forks of four iterations): the machine's load changed more between
 *     benchmarks than the tuning does, so the profile, not these runs, is the evidence for it.</li>
 * </ul>
 *
 * <p>iCal4j outputs an unknown X- property as TEXT and escapes its commas ({@code ALL_AGES\,CHILDREN}); our reader
 * reads the {@code X-NIGHTOUT-*} lists as TEXT, so they come back whole. A VEvent converted alone has no PRODID and
 * is read as another calendar's event (UID as read, LOCATION as the venue); convert whole Calendars for equal events.
 *
 * <p>iCal4j's global settings ({@code CompatibilityHints}, {@code ical4j.properties}) are never read or changed
 * here: the Calendars parsed are exactly what iCal4j's defaults give, and the Calendars read are output as they are,
 * without validation (a Calendar that would fail iCal4j's validation may still hold events worth reading).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Ical4jConverter converter = new Ical4jConverter(writer, reader);
 * Calendar calendar = converter.toCalendar(events, List.of());
 * List<Event> back = converter.fromCalendar(calendar).events();      // equal to events
 * }</pre>
 */
public final class Ical4jConverter {
    /**
     * iCal4j's default parameter, property and component factories, listed once. CalendarBuilder's default asks
     * {@link DefaultPropertyFactorySupplier} and its siblings for a new list, with a new instance of every factory,
     * for each property it builds: the largest single cost of parsing in the profile of
     * {@code Ical4jConversionBenchmark}. The factories keep no state, so one list serves every Calendar and thread.
     */
    private static final ContentHandlerContext FACTORIES = factoriesListedOnce();

    private final ICalendarWriter writer;
    private final ICalendarReader reader;

    /**
     * Creates a converter.
     *
     * @param writer writes events as the text iCal4j parses; its options (publisher, UID domain, profile, ...) apply:
     *     give it {@code Profile.FULL} for events that come back equal, the default public profile for a Calendar
     *     that is to be published
     * @param reader reads the text iCal4j outputs; give it the same UID domain as the writer for equal events back
     * @throws NullPointerException if an argument is null
     */
    public Ical4jConverter(ICalendarWriter writer, ICalendarReader reader) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Returns an iCal4j Calendar of single events and series, with our VTIMEZONEs.
     *
     * @param events the single events
     * @param series the series
     * @return a new Calendar
     * @throws IllegalArgumentException if the writer refuses an event (see {@link ICalendarWriter})
     * @throws IllegalStateException if iCal4j cannot parse what the writer wrote
     */
    public Calendar toCalendar(Collection<? extends Event> events, Collection<? extends EventSeries> series) {
        StringWriter out = new StringWriter();
        try {
            writer.write(events, series, out);
            // iCal4j's own parser and time zone registry (a new one per Calendar, as CalendarBuilder() makes), with
            // its default factories listed once rather than for every property.
            return new CalendarBuilder(CalendarParserFactory.getInstance().get(), FACTORIES,
                    TimeZoneRegistryFactory.getInstance().createRegistry())
                    .build(new StringReader(out.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        } catch (ParserException e) {
            throw new IllegalStateException("iCal4j cannot parse the feed the writer wrote, at line "
                    + e.getLineNo() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the events and series of an iCal4j Calendar, with warnings for what could not be fully understood.
     *
     * @param calendar the calendar; it is output as it is, not validated and not changed
     * @return the events, series and warnings
     * @throws ICalendarParseException if the reader is strict and warns, or a limit of the reader is exceeded
     */
    public ICalendarData fromCalendar(Calendar calendar) throws ICalendarParseException {
        Objects.requireNonNull(calendar, "calendar");
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return reader.read(out.toString());
    }

    /**
     * Returns the iCal4j VEvent of an event, as the writer writes it.
     *
     * @param event the event
     * @return a new VEvent; its TZID, if any, is defined by the VTIMEZONE of {@link #toCalendar}, which a VEvent
     *     alone cannot carry
     * @throws IllegalArgumentException if the writer refuses the event
     */
    public VEvent toVEvent(Event event) {
        List<VEvent> vevents = toCalendar(List.of(Objects.requireNonNull(event, "event")), List.of())
                .getComponents(Component.VEVENT);
        return vevents.get(0);
    }

    private static ContentHandlerContext factoriesListedOnce() {
        List<ParameterFactory<?>> parameters = List.copyOf(new DefaultParameterFactorySupplier().get());
        List<PropertyFactory<?>> properties = List.copyOf(new DefaultPropertyFactorySupplier().get());
        List<ComponentFactory<?>> components = List.copyOf(new DefaultComponentFactorySupplier().get());
        return new ContentHandlerContext().withParameterFactorySupplier(() -> parameters)
                .withPropertyFactorySupplier(() -> properties).withComponentFactorySupplier(() -> components);
    }

    /**
     * Reads the event of an iCal4j VEvent. A TZID that names a zone (an IANA id, a Windows or vendor name) is
     * resolved without a VTIMEZONE; any other is read in UTC, with a warning, as the VEvent comes without one.
     *
     * @param vevent the VEvent
     * @return the event
     * @throws ICalendarParseException if the reader is strict and warns
     * @throws IllegalArgumentException if the VEvent is a series (RRULE or RDATE) or not an event at all; read such a
     *     VEvent with {@link #fromCalendar}
     */
    public Event fromVEvent(VEvent vevent) throws ICalendarParseException {
        Objects.requireNonNull(vevent, "vevent");
        // One list built at once: adding components one at a time copies iCal4j's immutable list each time.
        ICalendarData data = fromCalendar(new Calendar(new ComponentList<CalendarComponent>(List.of(vevent))));
        if (data.events().size() != 1) {
            throw new IllegalArgumentException("The VEvent is " + (data.series().isEmpty() ? "no event"
                    : "a series") + ": read it with fromCalendar; warnings: " + data.warnings());
        }
        return data.events().get(0);
    }
}
