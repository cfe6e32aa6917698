package org.nightout.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns a sign-up sheet may have, each with the header {@link CsvWriter} writes and the other names people
 * give it. A header is matched with case, spaces and punctuation ignored, so {@code "E-mail Address"},
 * {@code "email address"} and {@code "EMAIL_ADDRESS"} all name {@link #EMAIL}. A name no column has can be given one
 * in a {@link ColumnMap}.
 */
public enum Column {
    /** The stable id of the row; without one, the reader derives it (see {@link CsvReader}). */
    ID("ID", "event id", "registration id", "registration number", "registration no", "confirmation number", "uid",
            "record id"),
    /** The event's title. */
    TITLE("Title", "event name", "event title", "name of event", "party name", "summary", "event", "subject"),
    /** The start day, possibly with its time after it: {@code 8/4/2026 18:00:00}, {@code 8/4/2026 6-9 pm}. */
    DATE("Date", "event date", "start date", "date of event", "party date", "day", "date and time", "date time",
            "when"),
    /** The day it ends, for an event over several days; rarely needed (an end before the start is the next day). */
    END_DATE("End Date", "last day", "through"),
    /** The start time. */
    START_TIME("Start Time", "start", "starts", "begins", "from", "time start", "starting time"),
    /** The end time. */
    END_TIME("End Time", "end", "ends", "until", "to", "time end", "finish", "ending time"),
    /** Both times in one cell, such as {@code 6-9 pm}; read when the start time column is empty or absent. */
    TIME("Time", "times", "hours", "event time", "time range"),
    /** The IANA time zone of the row's times, such as {@code America/Chicago}. */
    TIME_ZONE("Time Zone", "zone", "tz", "timezone"),
    /** The place's name, such as a park or a school; a row without one is taken for a private home. */
    VENUE("Venue", "place", "venue name", "location name", "site"),
    /** The street address. */
    ADDRESS("Address", "location", "street address", "street", "event address", "event location", "party address"),
    /** The city, town or village. */
    CITY("City", "town", "municipality", "community", "locality", "city town"),
    /** The state: its USPS code or its name. */
    STATE("State", "province"),
    /** The ZIP code. */
    ZIP("ZIP", "zip code", "postal code", "zipcode"),
    /** Whether the place is a private home ({@code yes} or {@code no}), for a row that names a venue. */
    PRIVATE_RESIDENCE("Private Residence", "residence", "private home", "private"),
    /** The group that hosts the event, such as a block club. */
    HOST("Host", "organizer", "organiser", "hosted by", "host name", "organization", "group", "neighborhood group"),
    /** Whom to ask: the person who registered the event. */
    CONTACT_NAME("Contact Name", "contact", "contact person", "name", "your name", "full name", "registrant"),
    /** The contact's phone number; never in a public feed. */
    PHONE("Phone", "phone number", "telephone", "tel", "cell", "mobile", "contact phone"),
    /** The contact's e-mail address; never in a public feed. */
    EMAIL("Email", "e-mail", "email address", "e-mail address", "contact email"),
    /** What there is to do, separated by commas or semicolons. */
    ACTIVITIES("Activities", "activity", "planned activities"),
    /** The description. */
    DESCRIPTION("Description", "notes", "details", "comments", "note", "about", "additional information"),
    /** Whether it goes ahead: scheduled, confirmed, tentative, postponed or cancelled (with a reason after it). */
    STATUS("Status", "event status"),
    /** The day it moves to in bad weather. */
    RAIN_DATE("Rain Date", "alternate date", "backup date", "rain day"),
    /** When the row last changed, such as the timestamp a form writes in its first column. */
    LAST_MODIFIED("Last Modified", "timestamp", "modified", "updated", "last updated", "submitted", "submitted at",
            "submission date"),
    /** The revision number of the row, which feeds carry as SEQUENCE. */
    SEQUENCE("Sequence", "revision");

    private static final Map<String, Column> BY_KEY = byKey();

    private final String header;
    private final List<String> synonyms;

    Column(String header, String... synonyms) {
        this.header = header;
        this.synonyms = List.of(synonyms);
    }

    private static Map<String, Column> byKey() {
        Map<String, Column> keys = new HashMap<>();
        for (Column c : values()) {
            keys.put(key(c.header), c);
            keys.put(key(c.name()), c);
            for (String s : c.synonyms) {
                Column before = keys.put(key(s), c);
                if (before != null && before != c) {
                    throw new IllegalStateException(s + " names both " + before + " and " + c);
                }
            }
        }
        return Map.copyOf(keys);
    }

    /**
     * Returns the header {@link CsvWriter} writes, such as {@code "Start Time"}.
     *
     * @return the header
     */
    public String header() {
        return header;
    }

    /**
     * Returns the other names the reader takes for this column, as documented.
     *
     * @return the synonyms, such as {@code "event name"} for {@link #TITLE}
     */
    public List<String> synonyms() {
        return synonyms;
    }

    /**
     * Returns the column a header names, with case, spaces and punctuation ignored.
     *
     * @param header a header, such as {@code "E-mail Address"}
     * @return the column, or empty when no column has that name
     * @throws NullPointerException if {@code header} is null
     */
    public static Optional<Column> named(String header) {
        return Optional.ofNullable(BY_KEY.get(key(Objects.requireNonNull(header, "header"))));
    }

    /** A header's letters and digits in lower case: what two spellings of one name have in common. */
    static String key(String header) {
        StringBuilder b = new StringBuilder(header.length());
        header.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
