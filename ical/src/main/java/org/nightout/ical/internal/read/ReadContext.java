package org.nightout.ical.internal.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.nightout.core.Community;
import org.nightout.core.EventTime;
import org.nightout.core.internal.DateDigits;
import org.nightout.ical.ICalendarWriter;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.properties.NightOutFields;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.Warnings;
import org.nightout.ical.internal.zones.TimeZones;

/**
 * What the read of one document tells every property's home: the reader's options, the warnings, the time zones,
 * whether the VEVENT at hand came from our own writer and where its floating times are; and the readers of single
 * values (dates, numbers, URIs, text) that report what they cannot read and hand back empty instead.
 *
 * <p>One per read; not thread-safe.
 */
public final class ReadContext {
    /** The last year an iCalendar DATE can name. */
    public static final int LAST_YEAR = 9999;

    public final ReadOptions options;
    public final Warnings warnings;
    public final TimeZones zones;
    /** Whether the VEVENT being mapped came from {@link ICalendarWriter}, whose text and derived lines are exact. */
    public boolean ours;
    /** The floating zone of the VEVENT being mapped, or null for none. */
    public ZoneId floating;
    /** The last VCALENDAR asked for its floating zone, and the answer. */
    private Component floatingCalendar;
    private ZoneId floatingOfCalendar;

    public ReadContext(ReadOptions options, Warnings warnings) {
        this.options = options;
        this.warnings = warnings;
        this.zones = new TimeZones(warnings, options.floatingZone().or(() -> options.community().map(Community::zone))
                .orElse(ZoneOffset.UTC));
    }

    /** Starts mapping a VEVENT. */
    public void begin(Component v) {
        ours = v.fromOurWriter;
        floating = v.floating;
    }

    /**
     * Reads one DATE or DATE-TIME value in the form its property's parameters give: VALUE=DATE, a TZID, UTC ("Z"),
     * or floating. Returns a single-day all-day time for a date.
     */
    /**
     * The zone for the floating times of a VCALENDAR's events: its X-WR-TIMEZONE (the calendar's zone, as Google and
     * Apple write it), else the reader's floating zone, else its community's; null where none is known.
     */
    public ZoneId floatingZone(Component calendar) {
        if (calendar == floatingCalendar) {
            return floatingOfCalendar;
        }
        Optional<ContentLine> named = calendar.first("X-WR-TIMEZONE");
        Optional<ZoneId> zone = named.flatMap(n -> TimeZones.byName(n.text().strip()));
        if (named.isPresent() && zone.isEmpty()) {
            warnings.add(named.get().line, named.get().name, ReadWarning.Code.UNKNOWN_TIME_ZONE, "\""
                    + named.get().value + "\" names no known time zone; floating times are read as if it were absent");
        }
        floatingCalendar = calendar;
        floatingOfCalendar = zone.or(() -> options.floatingZone()).or(() -> options.community().map(Community::zone))
                .orElse(null);
        return floatingOfCalendar;
    }

    /** The zone a VCALENDAR names in X-WR-TIMEZONE, or null where it names none known. */
    public static ZoneId calendarZone(Component calendar) {
        ContentLine named = calendar.firstOrNull("X-WR-TIMEZONE");
        return named == null ? null : TimeZones.byName(named.text().strip()).orElse(null);
    }

    public Optional<EventTime> time(ContentLine p, String raw) {
        String v = raw.strip();
        try {
            if (v.length() == 8) {
                return Optional.of(EventTime.allDay(date(v)));
            }
            boolean utc = v.endsWith("Z") || v.endsWith("z");
            LocalDateTime local = localDateTime(v, utc ? v.length() - 1 : v.length());
            if (p.paramIs("VALUE", "DATE")) {
                // What the value is decides, not what the parameter claims: a date-time stays a date-time. Said
                // only once the value has proved a date-time; one that is neither gets the one warning below.
                warnings.add(p.line, p.name, ReadWarning.Code.INVALID_VALUE, "\"" + v + "\" is a date-time, not"
                        + " the date that VALUE=DATE announces; read as a date-time");
            }
            if (utc) {
                ZonedDateTime t = ZonedDateTime.of(local, ZoneOffset.UTC);
                // Our writer gives a time of a repeated hour in UTC, and its zone beside it.
                String zone = ours ? p.param(NightOutFields.ZONE_PARAM).orElse(null) : null;
                Optional<ZoneId> named = zone == null ? Optional.empty() : TimeZones.byName(zone);
                return Optional.of(EventTime.of(named.isPresent() ? t.withZoneSameInstant(named.get()) : t));
            }
            Optional<String> tzid = p.param("TZID");
            if (tzid.isPresent()) {
                return Optional.of(EventTime.of(zones.at(local, tzid.get(), p)));
            }
            ZoneId zone = floating;
            if (zone == null) {
                // UTC only as the last resort: nothing in the calendar or the reader says where it is.
                warnings.add(p.line, p.name, ReadWarning.Code.FLOATING_TIME, "\"" + v + "\" has no time zone, and"
                        + " neither the calendar (X-WR-TIMEZONE) nor the reader names one; read in UTC");
                zone = ZoneOffset.UTC;
            }
            return Optional.of(EventTime.of(ZonedDateTime.ofLocal(local, zone, null)));
        } catch (DateTimeException | IllegalArgumentException e) {
            invalid(p, "a date (20210803) or date-time (20210803T170000, with Z or a TZID)");
            return Optional.empty();
        }
    }

    public static LocalDate date(String v) {
        if (v.length() == 8) {
            int year = digits(v, 0, 4);
            int month = digits(v, 4, 6);
            int day = digits(v, 6, 8);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        // Dashes (2021-08-03) and digits other than ASCII, which Character.isDigit and Integer.parseInt also take.
        String d = v.replace("-", "");
        if (d.length() != 8 || !d.chars().allMatch(Character::isDigit)) {
            throw new DateTimeException("not a date: " + v);
        }
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8)));
    }

    public static LocalDateTime localDateTime(String v) {
        return localDateTime(v, v.length());
    }

    /** Reads the first {@code length} characters of {@code v} as a local date-time, {@code 20210803T170000}. */
    private static LocalDateTime localDateTime(String v, int length) {
        if (length != 15 || v.charAt(8) != 'T' && v.charAt(8) != 't') {
            throw new DateTimeException("not a date-time: " + v.substring(0, length));
        }
        int hour = digits(v, 9, 11);
        int minute = digits(v, 11, 13);
        int second = digits(v, 13, 15);
        if (hour < 0 || minute < 0 || second < 0) {
            return slowLocalDateTime(v.substring(0, length));
        }
        // A leap second (60) is read as the second before it.
        return LocalDateTime.of(date(v.substring(0, 8)), LocalTime.of(hour, minute, Math.min(second, 59)));
    }

    /** The general form of {@link #localDateTime(String)}: any Unicode digits, as Character.isDigit takes them. */
    private static LocalDateTime slowLocalDateTime(String v) {
        for (int i = 9; i < 15; i++) {
            if (!Character.isDigit(v.charAt(i))) {
                throw new DateTimeException("not a date-time: " + v);
            }
        }
        int second = Integer.parseInt(v.substring(13, 15));
        return LocalDateTime.of(date(v.substring(0, 8)), LocalTime.of(Integer.parseInt(v.substring(9, 11)),
                Integer.parseInt(v.substring(11, 13)), Math.min(second, 59)));
    }

    /**
     * The number that the ASCII digits {@code s[from, to)} write, or -1 where another character stands there: dates
     * and times are read this way, by hand, because every event has several and a parser per value costs more than
     * the rest of its reading.
     */
    public static int digits(String s, int from, int to) {
        return DateDigits.isDigits(s, from, to) ? DateDigits.number(s, from, to) : -1;
    }

    /**
     * The instant of a UTC date-time property, such as DTSTAMP; empty with a warning where the value is none. A
     * value written as RFC 5545 has it ({@code 20210804T153000Z}, no parameters) is read at once, without the
     * zoned time {@link #time} builds.
     */
    public Optional<Instant> utc(ContentLine p) {
        String v = p.value;
        if (p.params.isEmpty() && v.length() == 16 && (v.charAt(15) == 'Z' || v.charAt(15) == 'z')
                && digits(v, 0, 8) >= 0) {
            try {
                LocalDateTime t = localDateTime(v, 15);
                // Year 0 is a LocalDate, but no year of the model: read below, where the warning is given.
                if (t.getYear() >= 1) {
                    return Optional.of(t.toInstant(ZoneOffset.UTC));
                }
            } catch (DateTimeException e) {
                // Not a date-time after all: read below, where the warning is given.
            }
        }
        Optional<EventTime> t = time(p, p.value);
        if (t.isPresent() && t.get() instanceof EventTime.Timed timed) {
            return Optional.of(timed.start().toInstant());
        }
        if (t.isPresent()) {
            invalid(p, "a UTC date-time such as 20210804T153000Z");
        }
        return Optional.empty();
    }

    public Optional<Integer> integer(ContentLine p) {
        try {
            return Optional.of(Integer.parseInt(p.value.strip()));
        } catch (NumberFormatException e) {
            invalid(p, "a whole number");
            return Optional.empty();
        }
    }

    /** A year the model takes, from 1 to 9999; another number is a warning rather than an event that fails. */
    public Optional<Integer> year(ContentLine p) {
        Optional<Integer> year = integer(p);
        if (year.isPresent() && (year.get() < 1 || year.get() > LAST_YEAR)) {
            invalid(p, "a year from 1 to " + LAST_YEAR);
            return Optional.empty();
        }
        return year;
    }

    public Optional<URI> uri(ContentLine p) {
        try {
            URI u = new URI(p.value.strip());
            if (!u.isAbsolute()) {
                invalid(p, "an absolute URI such as https://example.org/event");
                return Optional.empty();
            }
            return Optional.of(u);
        } catch (URISyntaxException e) {
            invalid(p, "a URI such as https://example.org/event");
            return Optional.empty();
        }
    }

    /** The text of a property for a one-line field, as {@link #line(ContentLine, String)} makes it. */
    public String line(ContentLine p) {
        if (!p.textHasControls()) {
            return ours ? p.text() : p.text().strip();
        }
        return line(p, p.text());
    }

    /** The text of a property for a multi-line field, as {@link #multiline(ContentLine, String)} makes it. */
    public String multiline(ContentLine p) {
        return p.textHasOtherControls() ? multiline(p, p.text()) : p.text();
    }

    /**
     * Text for a one-line field: line breaks and tabs become spaces and other control characters go, with a warning.
     * Other writers' padding is stripped; our own writer's text is exact, spaces included.
     */
    public String line(ContentLine p, String text) {
        if (!hasControl(text)) {
            return ours ? text : text.strip();
        }
        String clean = stripControls(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replace('\t', ' ');
        if (!clean.equals(text)) {
            warnings.add(p.line, p.name, ReadWarning.Code.INVALID_VALUE,
                    "line breaks or control characters in a one-line value were replaced");
        }
        return ours ? clean : clean.strip();
    }

    /** Text for a multi-line field: control characters other than tab and line breaks go, with a warning. */
    public String multiline(ContentLine p, String text) {
        String clean = stripControls(text);
        if (!clean.equals(text)) {
            warnings.add(p.line, p.name, ReadWarning.Code.INVALID_VALUE, "control characters were removed");
        }
        return clean;
    }

    /** Whether text has a control character (C0, DEL or C1), line breaks and tabs included. */
    public static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static String stripControls(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
            if (drop && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    public void invalid(ContentLine p, String expected) {
        String shown = p.value.length() > 60 ? p.value.substring(0, 60) + "..." : p.value;
        warnings.add(p.line, p.name, ReadWarning.Code.INVALID_VALUE, "\"" + shown + "\" is not " + expected
                + "; the property is skipped");
    }

    /** A value that may fail to build: the failure becomes a warning on the property and an empty result. */
    public <T> Optional<T> nested(ContentLine p, Attempt<T> attempt) {
        try {
            return Optional.of(attempt.get());
        } catch (IllegalArgumentException | DateTimeException | URISyntaxException
                | java.util.NoSuchElementException e) {
            skipped(p, e);
            return Optional.empty();
        }
    }

    /** Warns that a property is skipped because what it gives fails to build, as {@link #nested} does. */
    public void skipped(ContentLine p, Exception e) {
        warnings.add(p.line, p.name, ReadWarning.Code.INVALID_VALUE, e.getMessage() + "; the property is skipped");
    }

    /** Something that builds a value and may throw. */
    public interface Attempt<T> {
        T get() throws URISyntaxException;
    }

}
