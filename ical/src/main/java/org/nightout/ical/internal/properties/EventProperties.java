package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.write.WriteOptions;
import org.nightout.ical.internal.zones.ZoneYears;

/**
 * The one registry of a VEVENT's property homes, in the order their lines appear in a VEVENT we write. The reader
 * and the writer both walk it, so a group of properties that is read is also written, and the names a home writes
 * from an event's fields are the names an extension property may not take.
 *
 * <p>An enum rather than a list of objects with a common interface: each constant is one home's two directions side
 * by side, and walking a fixed array costs the writer nothing per event.
 */
public enum EventProperties {
    /** UID, DTSTAMP, LAST-MODIFIED and SEQUENCE. */
    IDENTITY(IdentityProperties.WRITES) {
        @Override
        void read(Reading in) {
            IdentityProperties.read(in.ctx(), in.v(), in.dtstart(), in.b());
        }

        @Override
        void write(Writing out) throws IOException {
            IdentityProperties.write(out.lines(), out.e(), out.uid(), out.full());
        }
    },
    /** DTSTART, DTEND and DURATION; read before the walk, since without a start there is no event to read into. */
    TIME(TimeProperties.WRITES) {
        @Override
        void read(Reading in) {
            // EventMapper reads the time first: it decides whether the VEVENT gives an event at all.
        }

        @Override
        void write(Writing out) throws IOException {
            if (out.series() != null && out.series().wallStart().isPresent()) {
                TimeProperties.writeWallStart(out.lines(), (EventTime.Timed) out.e().time(),
                        out.series().wallStart().get(), out.zones());
            } else {
                TimeProperties.writeTime(out.lines(), out.e().time(), out.zones(), out.series() == null);
            }
        }
    },
    /**
     * RRULE, RDATE, EXDATE and RECURRENCE-ID, written from the series; RRULE, RDATE and EXDATE never from an extension
     * property, which would make a single event repeat in every subscriber's calendar. The series reader reads them where it puts
     * masters and overrides together; what no series applies is kept under {@link RecurrenceProperties#UNAPPLIED}.
     */
    RECURRENCE(RecurrenceProperties.REPEATING) {
        @Override
        void read(Reading in) {
            if (!in.keepRecurrence()) {
                for (String property : RecurrenceProperties.NAMES) {
                    in.v().takeAll(property);
                }
            }
        }

        @Override
        void write(Writing out) throws IOException {
            if (out.series() != null) {
                RecurrenceProperties.writeRecurrence(out.lines(), out.series(), out.zones());
            }
            if (out.recurrenceId() != null) {
                RecurrenceProperties.writeDate(out.lines(), "RECURRENCE-ID", out.recurrenceId(), out.zones());
            }
        }
    },
    /** SUMMARY, DESCRIPTION, CATEGORIES, URL and IMAGE. */
    TEXT(TextProperties.WRITES) {
        @Override
        void read(Reading in) {
            TextProperties.read(in.ctx(), in.v(), in.b());
        }

        @Override
        void write(Writing out) throws IOException {
            TextProperties.write(out.lines(), out.e(), out.options());
        }
    },
    /** LOCATION and GEO. */
    PLACE(PlaceProperties.WRITES) {
        @Override
        void read(Reading in) {
            PlaceProperties.read(in.ctx(), in.v(), in.b());
        }

        @Override
        void write(Writing out) throws IOException {
            PlaceProperties.write(out.lines(), out.e());
        }
    },
    /** ORGANIZER and CONTACT. */
    PEOPLE(PeopleProperties.WRITES) {
        @Override
        void read(Reading in) {
            PeopleProperties.read(in.ctx(), in.v(), in.b());
        }

        @Override
        void write(Writing out) throws IOException {
            PeopleProperties.write(out.lines(), out.e(), out.options());
        }
    },
    /** STATUS. */
    STATUS(StatusProperties.WRITES) {
        @Override
        void read(Reading in) {
            in.b().status(StatusProperties.status(in.ctx(), in.v(), in.time()));
        }

        @Override
        void write(Writing out) throws IOException {
            StatusProperties.writeStatus(out.lines(), out.e().status(), out.zones(), out.full());
        }
    },
    /** Our {@code X-NIGHTOUT-*} fields: everything else of the model, in the full profile. */
    NIGHTOUT(Set.of()) {
        @Override
        void read(Reading in) {
            NightOutFields.nightOutFields(in.ctx(), in.v(), in.b());
        }

        @Override
        void write(Writing out) throws IOException {
            if (out.full()) {
                NightOutFields.writeNightOutFields(out.lines(), out.e());
            }
        }
    },
    /** The properties no other home read, kept as they were. */
    KEPT_PROPERTIES(Set.of()) {
        @Override
        void read(Reading in) {
            in.b().extensions(KeptProperties.extensions(in.ctx(), in.v()));
        }

        @Override
        void write(Writing out) throws IOException {
            KeptProperties.writeExtensions(out.lines(), out.e(), out.options());
        }
    },
    /**
     * RFC 9073 PARTICIPANT and VLOCATION components, written from the hosts, participants and venue; read back
     * from the fields they came from, so our own are passed over as components.
     */
    EVENT_PUBLISHING(Set.of()) {
        @Override
        void read(Reading in) {
            // Our own components repeat fields read above; another writer's are kept by KEPT_COMPONENTS.
        }

        @Override
        void write(Writing out) throws IOException {
            if (out.options().eventPublishing()) {
                PeopleProperties.writeEventPublishing(out.lines(), out.e(), out.uid(), out.options());
            }
        }
    },
    /** The components inside a VEVENT that the model has no field for (VALARM among them), kept as they were. */
    KEPT_COMPONENTS(Set.of()) {
        @Override
        void read(Reading in) {
            in.b().extensionComponents(KeptProperties.components(in.ctx(), in.v()));
        }

        @Override
        void write(Writing out) throws IOException {
            KeptProperties.writeComponents(out.lines(), out.e(), out.options());
        }
    };

    private static final EventProperties[] ALL = values();
    /**
     * The names written in every VEVENT from an event's fields, or that would break its structure: what an extension
     * property may not be called.
     */
    public static final Set<String> FROM_FIELDS = fromFields();

    private final Set<String> names;

    EventProperties(Set<String> names) {
        this.names = names;
    }

    /** Reads this home's lines of a VEVENT into the event being built. */
    abstract void read(Reading in);

    /** Writes this home's lines of an event. */
    abstract void write(Writing out) throws IOException;

    /**
     * Reads a VEVENT's properties, each by its home, into {@code b}, which has the event's time already.
     *
     * @param ctx the read's context
     * @param v the VEVENT
     * @param dtstart its DTSTART, already read
     * @param time the event's time, read from it
     * @param b the event being built
     * @param keepRecurrence whether the VEVENT is part of a series, whose reader takes its recurrence lines
     */
    public static void read(ReadContext ctx, Component v, ContentLine dtstart, EventTime time,
            Event.Builder b, boolean keepRecurrence) {
        Reading in = new Reading(ctx, v, dtstart, time, b, keepRecurrence);
        for (EventProperties home : ALL) {
            home.read(in);
        }
    }

    /**
     * Writes one VEVENT: a single event, the master of a series (with {@code series}), or an override of one
     * occurrence (with {@code recurrenceId}, the occurrence's original time). Each group of properties is written by
     * the home that also reads it.
     *
     * @param lines where the lines go
     * @param given the event, before the writer's profile is applied
     * @param series the series whose master this is, or null
     * @param recurrenceId the original time of the occurrence this overrides, or null
     * @param zones the zones of the feed
     * @param options the writer's options
     * @throws IOException if writing fails
     */
    public static void write(ContentLines lines, Event given, EventSeries series, Temporal recurrenceId,
            ZoneYears zones, WriteOptions options) throws IOException {
        Event e = options.profile().apply(given);
        boolean full = options.profile() == Profile.FULL;
        Writing out = new Writing(lines, e, IdentityProperties.uid(e, options.uidDomain()), full, series, recurrenceId,
                zones, options);
        lines.begin("VEVENT");
        for (EventProperties home : ALL) {
            home.write(out);
        }
        lines.end("VEVENT");
    }

    private static Set<String> fromFields() {
        Set<String> all = new HashSet<>(List.of("BEGIN", "END"));
        for (EventProperties home : values()) {
            all.addAll(home.names);
        }
        return Set.copyOf(all);
    }

    /** What the homes read from: one VEVENT of a read and the event it becomes. */
    record Reading(ReadContext ctx, Component v, ContentLine dtstart, EventTime time,
            Event.Builder b, boolean keepRecurrence) {
    }

    /** What the homes write from: one event and where and how it is written. */
    record Writing(ContentLines lines, Event e, String uid, boolean full, EventSeries series, Temporal recurrenceId,
            ZoneYears zones, WriteOptions options) {
    }
}
