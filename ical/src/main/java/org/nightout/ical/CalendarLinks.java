package org.nightout.ical;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.Profile;
import org.nightout.ical.internal.properties.PlaceProperties;
import org.nightout.ical.internal.zones.TimeZoneBlocks;

/**
 * Makes "add to calendar" links for one event (Google Calendar, outlook.com, Microsoft 365, Yahoo, and a
 * single-event iCalendar file) and "subscribe" links for a feed (Apple's {@code webcal://}, Google, outlook.com,
 * Microsoft 365).
 *
 * <p>None of these services documents its links; what they take was found by the projects that make such links,
 * and is collected in InteractionDesignFoundation/add-event-to-calendar-docs ({@code services/google.md},
 * {@code services/outlook-web.md}, {@code services/yahoo.md}) with the tests and discussions cited at each service
 * below. In short:
 * <ul>
 *   <li><b>Google</b>: {@code https://calendar.google.com/calendar/render?action=TEMPLATE&text=&dates=&details=
 *       &location=&ctz=}. Timed events give UTC times ({@code 20220802T230000Z/20220803T010000Z}), so no reader can
 *       mistake the instant, and {@code ctz} names the event's zone, which the event editor then shows; all-day
 *       events give dates with an exclusive end ({@code 20220802/20220803} is one day).
 *   <li><b>outlook.com</b> ({@code https://outlook.live.com/calendar/0/action/compose}) and <b>Microsoft 365</b>
 *       ({@code https://outlook.office.com/calendar/0/action/compose}): the same parameters on two hosts, one for
 *       personal and one for work or school accounts: {@code path=/calendar/action/compose&rru=addevent&subject=
 *       &startdt=&enddt=&allday=&body=&location=}. Timed events give ISO UTC times ({@code 2022-08-02T23:00:00Z}),
 *       all-day events ISO dates with an exclusive end and {@code allday=true}.
 *   <li><b>Yahoo</b>: {@code https://calendar.yahoo.com/?v=60&title=&st=&dur=&desc=&in_loc=}. Timed events give
 *       {@code st} in UTC and the length as {@code dur=HHMM} (Yahoo reads {@code et} in the user's zone whatever it
 *       says, as spatie/calendar-links found; {@code dur} hours past 24 wrap, so an event of a day or more gives
 *       {@code et} instead); all-day events give {@code st} as a date, {@code dur=allday}, and for several days
 *       {@code et} as the last day itself.
 * </ul>
 * A timed event without an end starts and ends at once, as iCalendar reads a DTSTART without DTEND.
 *
 * <h2>Length</h2>
 * Links past about 2,000 characters break: browsers, mail clients and proxies cut or refuse them, Google answers
 * {@code 414 URI Too Long} (tardate/jquery.addtocalendar#3), links to Yahoo and Microsoft 365 fail with
 * descriptions of 2,000 characters and more (az-digital/az_quickstart#4327), outlook.com was long reported to
 * stop at 2,056 characters (add-event-to-calendar-docs#19; measured in 2026 at about 31,000 characters for the server
 * alone, less with a large sign-in cookie). So every link is at most {@link #DEFAULT_MAX_LENGTH} characters unless
 * {@link #withMaxLength(int)} says otherwise: where it would be longer, the description is shortened first, then
 * the location, then the title, each at a character boundary (never inside a percent-escape, a surrogate pair or a
 * character with its combining marks) and marked with an ellipsis ({@code …}).
 *
 * <h2>Privacy</h2>
 * Links are public output: they show the event in the {@link Profile#PUBLIC public} profile by default, so a
 * private residence appears only by its street and community. The location is the one the iCalendar feed writes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * CalendarLinks links = CalendarLinks.create();
 * URI google = links.google(event);        // https://calendar.google.com/calendar/render?action=TEMPLATE&text=...
 * URI outlook = links.outlook(event);
 * CalendarLinks.Subscription s = links.subscribe(URI.create("https://example.org/nno.ics"), "National Night Out");
 * s.webcal();                               // webcal://example.org/nno.ics
 * }</pre>
 */
public final class CalendarLinks {
    /** The longest link made unless {@link #withMaxLength(int)} says otherwise: 2,000 characters. */
    public static final int DEFAULT_MAX_LENGTH = 2000;
    /** Enough for the fixed parameters of every link and an ellipsis in each text. */
    private static final int MIN_MAX_LENGTH = 500;
    private static final String ELLIPSIS = "\u2026";
    /** Zoned times are formatted as their instant in UTC: the override zone converts them. */
    private static final DateTimeFormatter BASIC_UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final CalendarLinks DEFAULT = new CalendarLinks(DEFAULT_MAX_LENGTH, Profile.PUBLIC);

    private final int maxLength;
    private final Profile profile;

    private CalendarLinks(int maxLength, Profile profile) {
        this.maxLength = maxLength;
        this.profile = profile;
    }

    /**
     * Returns links of at most {@link #DEFAULT_MAX_LENGTH} characters in the public profile.
     *
     * @return the default instance
     */
    public static CalendarLinks create() {
        return DEFAULT;
    }

    /**
     * Returns a copy that makes links of at most {@code maxLength} characters.
     *
     * @param maxLength the longest link, at least 500 characters
     * @return a copy with that limit
     * @throws IllegalArgumentException if {@code maxLength} is below 500
     */
    public CalendarLinks withMaxLength(int maxLength) {
        if (maxLength < MIN_MAX_LENGTH) {
            throw new IllegalArgumentException("Link length limit " + maxLength + " must be at least " + MIN_MAX_LENGTH
                    + " characters, enough for the parameters every service needs; " + DEFAULT_MAX_LENGTH
                    + " works everywhere");
        }
        return new CalendarLinks(maxLength, profile);
    }

    /**
     * Returns a copy that shows events in another profile. {@link Profile#PUBLIC} is the default, and right for any
     * page or mail that strangers see.
     *
     * @param profile the profile
     * @return a copy in that profile
     */
    public CalendarLinks withProfile(Profile profile) {
        return new CalendarLinks(maxLength, Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Returns the longest link this instance makes.
     *
     * @return the limit in characters
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Returns a link that opens Google Calendar's new-event form filled with the event.
     *
     * @param event the event
     * @return a link of at most {@link #maxLength()} characters
     */
    public URI google(Event event) {
        Event e = profile.apply(Objects.requireNonNull(event, "event"));
        Link link = new Link("https://calendar.google.com/calendar/render").fixed("action", "TEMPLATE")
                .text("text", e.title(), 3);
        if (e.time() instanceof EventTime.Timed t) {
            link.fixed("dates", t.start().format(BASIC_UTC) + "/" + end(t).format(BASIC_UTC));
            zoneName(t.start().getZone()).ifPresent(zone -> link.fixed("ctz", zone));
        } else {
            EventTime.AllDay d = (EventTime.AllDay) e.time();
            link.fixed("dates", d.first().format(BASIC_DATE) + "/" + d.last().plusDays(1).format(BASIC_DATE));
        }
        e.description().ifPresent(d -> link.text("details", d, 1));
        location(e).ifPresent(l -> link.text("location", l, 2));
        return link.build(maxLength);
    }

    /**
     * Returns a link that opens outlook.com's new-event form (personal Microsoft accounts) filled with the event.
     *
     * @param event the event
     * @return a link of at most {@link #maxLength()} characters
     */
    public URI outlook(Event event) {
        return outlookCompose("https://outlook.live.com/calendar/0/action/compose", event);
    }

    /**
     * Returns a link that opens Microsoft 365's new-event form (Outlook on the web for work or school accounts)
     * filled with the event.
     *
     * @param event the event
     * @return a link of at most {@link #maxLength()} characters
     */
    public URI office365(Event event) {
        return outlookCompose("https://outlook.office.com/calendar/0/action/compose", event);
    }

    private URI outlookCompose(String base, Event event) {
        Event e = profile.apply(Objects.requireNonNull(event, "event"));
        Link link = new Link(base).fixed("path", "/calendar/action/compose").fixed("rru", "addevent")
                .text("subject", e.title(), 3);
        if (e.time() instanceof EventTime.Timed t) {
            link.fixed("startdt", t.start().format(ISO_UTC)).fixed("enddt", end(t).format(ISO_UTC))
                    .fixed("allday", "false");
        } else {
            EventTime.AllDay d = (EventTime.AllDay) e.time();
            link.fixed("startdt", d.first().toString()).fixed("enddt", d.last().plusDays(1).toString())
                    .fixed("allday", "true");
        }
        e.description().ifPresent(d -> link.text("body", d, 1));
        location(e).ifPresent(l -> link.text("location", l, 2));
        return link.build(maxLength);
    }

    /**
     * Returns a link that opens Yahoo Calendar's new-event form filled with the event.
     *
     * @param event the event
     * @return a link of at most {@link #maxLength()} characters
     */
    public URI yahoo(Event event) {
        Event e = profile.apply(Objects.requireNonNull(event, "event"));
        Link link = new Link("https://calendar.yahoo.com/").fixed("v", "60").text("title", e.title(), 3);
        if (e.time() instanceof EventTime.Timed t) {
            link.fixed("st", t.start().format(BASIC_UTC));
            if (t.end().isPresent()) {
                Duration length = Duration.between(t.start(), t.end().get());
                if (length.compareTo(Duration.ofDays(1)) < 0 && length.toSecondsPart() == 0) {
                    link.fixed("dur", String.format(Locale.ROOT, "%02d%02d", length.toHours(), length.toMinutesPart()));
                } else {
                    link.fixed("et", t.end().get().format(BASIC_UTC));
                }
            }
        } else {
            EventTime.AllDay d = (EventTime.AllDay) e.time();
            link.fixed("st", d.first().format(BASIC_DATE));
            if (!d.last().equals(d.first())) {
                link.fixed("et", d.last().format(BASIC_DATE));
            }
            link.fixed("dur", "allday");
        }
        e.description().ifPresent(d -> link.text("desc", d, 1));
        location(e).ifPresent(l -> link.text("in_loc", l, 2));
        return link.build(maxLength);
    }

    /**
     * Returns the event alone as an iCalendar file (METHOD:PUBLISH), for a download link that Apple Calendar and
     * every other calendar app opens. The writer writes the event in its own profile, after this instance's profile
     * has been applied, so the file shows no more than the links do; give a writer without a window or byte budget,
     * which could leave the event out.
     *
     * <pre>{@code
     * String ics = links.ics(event, writer);   // serve as text/calendar; charset=utf-8, e.g. event.ics
     * }</pre>
     *
     * @param event the event
     * @param writer the feed's writer, with its publisher and UID domain, so the event keeps its UID
     * @return the iCalendar text, with CRLF line ends
     */
    public String ics(Event event, ICalendarWriter writer) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(writer, "writer");
        return writer.writeOne(profile.apply(event));
    }

    /**
     * Returns the links that subscribe a calendar app to a feed, so it polls the feed for changes.
     *
     * @param feed the feed's http or https address, such as {@code https://example.org/nno.ics}
     * @param name the name the calendar app shows for the subscription (outlook.com and Microsoft 365 take it)
     * @return the links; the name is shortened, with an ellipsis, where a link would exceed {@link #maxLength()}
     * @throws IllegalArgumentException if the address is not an absolute http or https URL, or is so long that a
     *     link to it would exceed {@link #maxLength()}
     */
    public Subscription subscribe(URI feed, String name) {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(name, "name");
        String scheme = feed.getScheme() == null ? "" : feed.getScheme().toLowerCase(Locale.ROOT);
        if (!feed.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || feed.getRawAuthority() == null) {
            throw new IllegalArgumentException("Feed address \"" + feed
                    + "\" must be an absolute http or https URL, such as https://example.org/nno.ics");
        }
        String address = feed.toASCIIString();
        String webcal = "webcal" + address.substring(scheme.length());
        try {
            // Google's add-by-URL takes the webcal:// form; the Outlooks take the http(s) address and a name.
            URI google = new Link("https://calendar.google.com/calendar/render").fixed("cid", webcal)
                    .build(maxLength);
            URI outlook = new Link("https://outlook.live.com/calendar/0/addfromweb").fixed("url", address)
                    .text("name", name, 1).build(maxLength);
            URI office = new Link("https://outlook.office.com/calendar/0/addfromweb").fixed("url", address)
                    .text("name", name, 1).build(maxLength);
            return new Subscription(URI.create(webcal), google, outlook, office);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Feed address of " + address.length() + " characters is too long: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The links that subscribe a calendar app to one feed.
     *
     * @param webcal the feed as {@code webcal://}, which Apple Calendar (and the calendar app a system has chosen)
     *     opens as a subscription
     * @param google Google Calendar's "add calendar by URL"
     * @param outlook outlook.com's "add calendar from the web"
     * @param office365 Microsoft 365's "add calendar from the web"
     */
    public record Subscription(URI webcal, URI google, URI outlook, URI office365) {
        /**
         * Checks that every link is present.
         *
         * @param webcal the feed as {@code webcal://}, which Apple Calendar (and the calendar app a system has
         *     chosen) opens as a subscription
         * @param google Google Calendar's "add calendar by URL"
         * @param outlook outlook.com's "add calendar from the web"
         * @param office365 Microsoft 365's "add calendar from the web"
         * @throws NullPointerException if a link is null
         */
        public Subscription {
            Objects.requireNonNull(webcal, "webcal");
            Objects.requireNonNull(google, "google");
            Objects.requireNonNull(outlook, "outlook");
            Objects.requireNonNull(office365, "office365");
        }

        /**
         * Returns the feed as {@code webcal://}, which Apple Calendar (and the calendar app a system has chosen) opens
         * as a subscription.
         *
         * @return the feed as {@code webcal://}, which Apple Calendar (and the calendar app a system has chosen) opens
         *     as a subscription
         */
        public URI webcal() {
            return webcal;
        }

        /**
         * Returns Google Calendar's "add calendar by URL".
         *
         * @return Google Calendar's "add calendar by URL"
         */
        public URI google() {
            return google;
        }

        /**
         * Returns outlook.com's "add calendar from the web".
         *
         * @return outlook.com's "add calendar from the web"
         */
        public URI outlook() {
            return outlook;
        }

        /**
         * Returns Microsoft 365's "add calendar from the web".
         *
         * @return Microsoft 365's "add calendar from the web"
         */
        public URI office365() {
            return office365;
        }
    }

    /** A timed event without an end lasts no time, as iCalendar reads a DTSTART without DTEND. */
    private static ZonedDateTime end(EventTime.Timed t) {
        return t.end().orElse(t.start());
    }

    /** Google's {@code ctz} takes an IANA zone name: none for UTC (the times say Z) or a bare offset. */
    private static Optional<String> zoneName(ZoneId zone) {
        return zone instanceof ZoneOffset || TimeZoneBlocks.isUtc(zone.normalized()) ? Optional.empty()
                : Optional.of(zone.getId());
    }

    private static Optional<String> location(Event e) {
        return PlaceProperties.location(e);
    }

    /**
     * A link being built: fixed parameters, and texts that may be shortened to fit, the lowest rank first. Values are
     * percent-encoded as UTF-8 with {@link URLEncoder}, but with {@code %20} for a space rather than the form
     * encoding's {@code +}, which not every service reads as a space in a query.
     */
    private static final class Link {
        /** Rank of a parameter that is never shortened. */
        private static final int FIXED = 0;
        /** The ranks of the texts that may be shortened, in the order they are: description, location, title. */
        private static final int LAST_RANK = 3;

        /** One parameter, its value as given and as encoded so far. */
        private static final class Param {
            final String name;
            final String value;
            final int rank;
            String encoded;

            Param(String name, String value, int rank) {
                this.name = name;
                this.value = value;
                this.rank = rank;
                this.encoded = encode(value);
            }

            int length() {
                return 2 + name.length() + encoded.length();   // "?" or "&", the name, "=", the value
            }
        }

        private final String base;
        private final List<Param> params = new ArrayList<>();

        Link(String base) {
            this.base = base;
        }

        Link fixed(String name, String value) {
            params.add(new Param(name, value, FIXED));
            return this;
        }

        /** A text that may be shortened: rank 1 first (the description), then 2, then 3. */
        Link text(String name, String value, int rank) {
            params.add(new Param(name, value, rank));
            return this;
        }

        URI build(int maxLength) {
            int length = base.length() + params.stream().mapToInt(Param::length).sum();
            for (int rank = 1; rank <= LAST_RANK && length > maxLength; rank++) {
                for (Param p : params) {
                    if (p.rank == rank && length > maxLength) {
                        int before = p.length();
                        p.encoded = shorten(p.value, p.encoded.length() - (length - maxLength));
                        length += p.length() - before;
                    }
                }
            }
            if (length > maxLength) {
                // Only the fixed parameters are left: MIN_MAX_LENGTH leaves room for an event's, not for any address.
                throw new IllegalArgumentException("its link to " + base + " would take " + length
                        + " characters, past the limit of " + maxLength);
            }
            StringBuilder url = new StringBuilder(length).append(base);
            for (Param p : params) {
                url.append(url.length() == base.length() ? '?' : '&').append(p.name).append('=').append(p.encoded);
            }
            return URI.create(url.toString());
        }

        /**
         * Returns the encoded form of the longest start of {@code text} that, with an ellipsis, takes at most
         * {@code budget} encoded characters. It ends between two user-perceived characters, so no percent-escape,
         * surrogate pair or base character with its combining marks is cut, and without trailing white space.
         */
        private static String shorten(String text, int budget) {
            int room = budget - encode(ELLIPSIS).length();
            BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
            characters.setText(text);
            int end = 0;
            int used = 0;
            for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
                int width = encode(text.substring(end, next)).length();
                if (used + width > room) {
                    break;
                }
                used += width;
                end = next;
            }
            return encode(text.substring(0, end).stripTrailing() + ELLIPSIS);
        }

        static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
