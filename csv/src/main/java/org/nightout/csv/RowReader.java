package org.nightout.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nightout.core.Contact;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.Organization;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.ValidationException;
import org.nightout.core.Venue;
import org.nightout.core.Violation;

/**
 * One data row into one event, or into the problems that keep it from being one. Each cell is read on its own, so
 * that a row with two bad cells names both; the event is built only when every cell could be read.
 */
final class RowReader {
    /** Words in a venue's name that say it is someone's home. */
    private static final Pattern HOME = Pattern.compile("(?i)\\b(?:residence|home|house|yard|backyard|driveway|porch"
            + "|garage|cul-de-sac|apartment|apt)\\b|\\w(?:'s|s')(?:\\s|$)");

    private final Header header;
    private final CsvReader reader;
    private final int row;
    private final String[] cells;
    private final List<RowError> errors = new ArrayList<>();
    /** The time written after the date in the date column, or empty. */
    private String timeInDate = "";
    /** The parts of an address written on one line, for a row without a city and a state of their own. */
    private final Optional<AddressText.Parts> oneLine;

    private RowReader(Header header, CsvReader reader, int row, String[] cells) {
        this.header = header;
        this.reader = reader;
        this.row = row;
        this.cells = cells;
        this.oneLine = cell(Column.CITY).isEmpty() && cell(Column.STATE).isEmpty()
                ? AddressText.split(cell(Column.ADDRESS)) : Optional.empty();
    }

    /** The event of a row, or empty with its problems added to {@code errors}. */
    static Optional<Event> read(Header header, CsvReader reader, int row, String[] cells, List<RowError> errors) {
        RowReader r = new RowReader(header, reader, row, cells);
        Optional<Event> event;
        try {
            event = r.event();
        } catch (ValidationException e) {
            // A part of the event that its own cell's reader let through, such as a name with a control character.
            for (Violation v : e.violations()) {
                r.fail(columnOf(v), v.rule());
            }
            event = Optional.empty();
        }
        r.errors.sort(java.util.Comparator.comparingInt(e -> header.position(e.column())));
        errors.addAll(r.errors);
        return event;
    }

    /**
     * The stripped cell of a column; empty where the sheet has no such column, and where the cell says its value is
     * not known yet (TBD, n/a, none), but for the date, which must say when, and the status, where "pending" means
     * tentative.
     */
    String cell(Column c) {
        String text = header.cell(cells, c);
        return c != Column.DATE && c != Column.STATUS && TimeText.unknown(text) ? "" : text;
    }

    void fail(Column c, String why) {
        errors.add(new RowError(row, header.nameOf(c), cell(c), why));
    }

    private Optional<Event> event() {
        Optional<UsState> state = state();
        ZoneId zone = zone(state);
        LocalDate date = date();
        EventTime time = date == null ? null : time(date, zone);
        Optional<LocalDate> rainDate = optionalDate(Column.RAIN_DATE, date == null ? 0 : date.getYear());
        Optional<Venue> venue = venue(state);
        List<Participant> people = participants();
        Event.Builder b = Event.builder()
                .title(title())
                .description(description())
                .venue(venue)
                .participants(people)
                .activities(ActivityNames.parse(cell(Column.ACTIVITIES)))
                .extensions(extensions());
        try {
            b.status(StatusText.parse(cell(Column.STATUS)));
        } catch (IllegalArgumentException e) {
            fail(Column.STATUS, e.getMessage());
        }
        reader.community().ifPresent(b::community);
        RowIdentity identity = new RowIdentity(this, reader, zone == null ? ZoneId.of("UTC") : zone);
        b.lastModified(identity.lastModified()).sequence(identity.sequence());
        if (!errors.isEmpty() || time == null) {
            return Optional.empty();
        }
        b.time(time).rainDate(rainDate).id(identity.id(date, venue));
        try {
            return Optional.of(b.build());
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                fail(columnOf(v), v.rule());
            }
            return Optional.empty();
        }
    }

    /** The column a violation of a part of the event concerns. */
    private static Column columnOf(Violation v) {
        return switch (v.type()) {
            case "Venue" -> Column.VENUE;
            case "PostalAddress" -> v.field().equals("postalCode") ? Column.ZIP : Column.ADDRESS;
            case "Organization" -> Column.HOST;
            case "Person" -> Column.CONTACT_NAME;
            case "Activity" -> Column.ACTIVITIES;
            case "EventTime" -> Column.DATE;
            case "EventStatus" -> Column.STATUS;
            case "ExtensionProperty", "ExtensionProperty.Parameter" -> Column.TITLE;
            default -> switch (v.field()) {
                case "rainDate" -> Column.RAIN_DATE;
                case "description" -> Column.DESCRIPTION;
                case "id" -> Column.ID;
                case "time" -> Column.DATE;
                case "status.reason" -> Column.STATUS;
                case "community" -> Column.CITY;
                default -> Column.TITLE;
            };
        };
    }

    private String title() {
        String t = cell(Column.TITLE).replaceAll("\\s+", " ");
        return t.isEmpty() ? reader.defaultTitle() : t;
    }

    private Optional<String> description() {
        String d = cell(Column.DESCRIPTION).replace("\r\n", "\n").replace('\r', '\n');
        return d.isBlank() ? Optional.empty() : Optional.of(d);
    }

    private Optional<UsState> state() {
        String s = cell(Column.STATE);
        if (s.isEmpty()) {
            return oneLine.map(AddressText.Parts::state).or(() -> reader.community().map(c -> c.state()));
        }
        try {
            return Optional.of(StateNames.parse(s));
        } catch (IllegalArgumentException e) {
            fail(Column.STATE, e.getMessage());
            return Optional.empty();
        }
    }

    /** The row's zone: its own column, the reader's, the community's, its state's; null if none. */
    private ZoneId zone(Optional<UsState> state) {
        String z = cell(Column.TIME_ZONE);
        if (!z.isEmpty()) {
            try {
                return ZoneId.of(z);
            } catch (DateTimeException e) {
                fail(Column.TIME_ZONE, "not a time zone: write an IANA zone such as America/Chicago");
                return null;
            }
        }
        if (reader.zone().isPresent()) {
            return reader.zone().get();
        }
        if (reader.community().isPresent()) {
            return reader.community().get().zone();
        }
        return state.map(StateNames::zone).orElse(null);
    }

    private LocalDate date() {
        String d = cell(Column.DATE);
        if (d.isEmpty()) {
            fail(Column.DATE, "no date: every event needs one");
            return null;
        }
        if (TimeText.unknown(d)) {
            fail(Column.DATE, "the date is not known yet; the row becomes an event once it has one");
            return null;
        }
        try {
            return DateText.parse(d);
        } catch (IllegalArgumentException e) {
            for (int i = d.indexOf(' '); i > 0; i = d.indexOf(' ', i + 1)) {
                // A date with its time, as a form's date-and-time question exports it: "8/4/2026 18:00:00".
                String day = d.substring(0, i).replaceFirst("[\\s,]+$", "");
                String time = d.substring(i + 1).replaceFirst("^(?:at|@)\\s+", "").strip();
                try {
                    LocalDate date = DateText.parse(day);
                    TimeText.range(time);
                    timeInDate = time;
                    return date;
                } catch (IllegalArgumentException notThere) {
                    // The date ends elsewhere, or the row's date has no time after it: try the next space.
                }
            }
            fail(Column.DATE, e.getMessage());
            return null;
        }
    }

    /** A date that may be missing, TBD or "no"; one without its year takes {@code year}. */
    private Optional<LocalDate> optionalDate(Column c, int year) {
        String d = cell(c);
        if (d.isEmpty() || TimeText.unknown(d) || Column.key(d).equals("no")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateText.parse(d, year));
        } catch (IllegalArgumentException e) {
            fail(c, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The time: the start and end columns, else the time column, else a time after the date in the date column; all
     * day where none gives a time (empty, TBD or "all day"). An end at or before the start is on the next day.
     */
    private EventTime time(LocalDate date, ZoneId zone) {
        Optional<LocalDate> endDate = optionalDate(Column.END_DATE, date.getYear());
        String start = cell(Column.START_TIME);
        String end = cell(Column.END_TIME);
        String range = cell(Column.TIME);
        boolean fromDate = range.isEmpty() && !timeInDate.isEmpty();
        if (fromDate) {
            range = timeInDate;
        }
        boolean hasStart = known(start);
        boolean hasEnd = known(end);
        Column source = hasStart ? Column.START_TIME : fromDate ? Column.DATE : Column.TIME;
        TimeText.Times times;
        try {
            if (hasStart) {
                times = hasEnd ? TimeText.resolve(TimeText.part(start), part(Column.END_TIME, end))
                        : TimeText.range(start);
                if (!fromDate && known(range)) {
                    // Two columns say when: the one not taken must not be lost without a word.
                    TimeText.Times other;
                    try {
                        other = TimeText.range(range);
                    } catch (IllegalArgumentException e) {
                        fail(Column.TIME, e.getMessage());
                        return null;
                    }
                    boolean sameEnd = other.end() == null || other.end().equals(times.end());
                    if (!other.start().equals(times.start()) || !sameEnd) {
                        fail(Column.TIME, "says another time than the start and end time columns, " + times.start()
                                + (times.end() == null ? "" : " to " + times.end()) + "; leave one of them empty");
                        return null;
                    }
                }
            } else if (known(range)) {
                times = TimeText.range(range);
                if (times.end() == null && hasEnd) {
                    times = TimeText.resolve(TimeText.part(range), part(Column.END_TIME, end));
                } else if (hasEnd && !sameTime(part(Column.END_TIME, end), times.end())) {
                    fail(Column.END_TIME, "says another end than the range in the " + header.nameOf(source)
                            + " column, " + times.end() + "; leave one of them empty");
                    return null;
                }
            } else {
                if (hasEnd) {
                    fail(Column.END_TIME, "an end time needs a start time");
                    return null;
                }
                if (endDate.isPresent() && endDate.get().isBefore(date)) {
                    fail(Column.END_DATE, "must be on or after the date " + date);
                    return null;
                }
                return EventTime.allDay(date, endDate.orElse(date));
            }
        } catch (EndException e) {
            fail(Column.END_TIME, e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            fail(source, e.getMessage());
            return null;
        }
        if (zone == null) {
            if (errors.stream().noneMatch(x -> x.column().equals(header.nameOf(Column.TIME_ZONE)))) {
                fail(source, "no time zone for this time: give one (--zone), or a State or Time Zone column");
            }
            return null;
        }
        ZonedDateTime s = ZonedDateTime.of(date, times.start(), zone);
        if (times.end() == null) {
            return EventTime.of(s);
        }
        ZonedDateTime e = ZonedDateTime.of(endDate.orElse(date), times.end(), zone);
        if (!e.isAfter(s) && endDate.isEmpty()) {
            e = ZonedDateTime.of(date.plusDays(1), times.end(), zone);
        }
        if (!e.isAfter(s)) {
            fail(hasEnd ? Column.END_TIME : source, "the end must be after the start, " + s.toLocalDateTime());
            return null;
        }
        return EventTime.of(s, e);
    }

    /** A time as typed against a time read elsewhere: one without am or pm matches either. */
    private static boolean sameTime(TimeText.Part typed, LocalTime time) {
        boolean open = typed.needsMeridiem() || typed.meridiem() == 0 && typed.hour() >= 1 && typed.hour() <= 12;
        return typed.resolved().equals(time) || open && (typed.at('a').equals(time) || typed.at('p').equals(time));
    }

    private static boolean known(String cell) {
        return !cell.isEmpty() && !TimeText.unknown(cell) && !TimeText.allDay(cell);
    }

    /** A problem of the end time cell, told apart from one of the start's. */
    private static final class EndException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        EndException(String message) {
            super(message);
        }
    }

    private static TimeText.Part part(Column c, String text) {
        try {
            return TimeText.part(text);
        } catch (IllegalArgumentException e) {
            throw new EndException(e.getMessage());
        }
    }

    /**
     * The venue: named by its column, else by its street; with a postal address where the city and state are known.
     * An address on one line gives the city, state and ZIP code where the row has no city and state of its own.
     * A row with an address and no venue name is taken for a private home, whose public form shows only the street,
     * and so is a venue whose name says it is one ("The Smiths' front yard", "Lopez residence"); a Private Residence
     * column, where there is one, decides.
     */
    private Optional<Venue> venue(Optional<UsState> state) {
        String name = placeCell(Column.VENUE);
        String street = oneLine.map(AddressText.Parts::street).orElse(placeCell(Column.ADDRESS));
        String city = oneLine.map(AddressText.Parts::city).orElse(placeCell(Column.CITY));
        if (city.isEmpty() && reader.community().isPresent()) {
            city = reader.community().get().name();
        }
        Optional<PostalAddress> address = Optional.empty();
        if (!city.isEmpty() && state.isPresent()) {
            PostalAddress.Builder a = PostalAddress.builder().locality(city).state(state.get());
            if (!street.isEmpty()) {
                a.street(street);
            }
            String zip = cell(Column.ZIP).isEmpty() ? oneLine.map(AddressText.Parts::zip).orElse("") : cell(Column.ZIP);
            if (!zip.isEmpty()) {
                a.postalCode(zip);
            }
            try {
                address = Optional.of(a.build());
            } catch (ValidationException e) {
                fail(Column.ZIP, "must be a ZIP code of 5 digits or ZIP+4 such as 54703-1234");
                return Optional.empty();
            }
        }
        if (name.isEmpty() && street.isEmpty() && address.isEmpty()) {
            return Optional.empty();
        }
        boolean home = name.isEmpty() ? !street.isEmpty() : HOME.matcher(name).find();
        String residence = cell(Column.PRIVATE_RESIDENCE);
        if (!residence.isEmpty()) {
            switch (Column.key(residence)) {
                case "yes", "y", "true", "x", "private", "home", "residence" -> home = true;
                case "no", "n", "false", "public" -> home = false;
                default -> fail(Column.PRIVATE_RESIDENCE, "write yes or no");
            }
        }
        if (name.isEmpty()) {
            name = defaultVenueName(street, city, state);
        }
        return Optional.of(Venue.builder().name(name).address(address).privateResidence(home).build());
    }

    /** A cell with its runs of spaces made one. */
    private String placeCell(Column c) {
        return cell(c).replaceAll("\\s+", " ");
    }

    /** The name of a venue whose row gives none: its street, else its community. */
    static String defaultVenueName(String street, String city, Optional<UsState> state) {
        if (!street.isEmpty()) {
            return street;
        }
        return city + state.map(s -> ", " + s.code()).orElse("");
    }

    /**
     * The host, as a group in the host role, and the contact, as a person with their phone and e-mail, which public
     * feeds leave out.
     */
    private List<Participant> participants() {
        List<Participant> people = new ArrayList<>(2);
        String host = cell(Column.HOST).replaceAll("\\s+", " ");
        if (!host.isEmpty()) {
            people.add(Participant.of(ParticipantRole.HOST, Organization.of(host)));
        }
        String name = cell(Column.CONTACT_NAME).replaceAll("\\s+", " ");
        String phone = cell(Column.PHONE);
        String email = cell(Column.EMAIL);
        if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            return people;
        }
        Person.Builder person = Person.builder().name(name.isEmpty() ? host.isEmpty() ? "Contact" : host : name);
        if (!phone.isEmpty() || !email.isEmpty()) {
            Contact.Builder contact = Contact.builder();
            if (!phone.isEmpty()) {
                contact.phone(phone);
            }
            if (!email.isEmpty()) {
                contact.email(email);
            }
            try {
                person.contact(contact.build());
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    fail(v.field().equals("email") ? Column.EMAIL : Column.PHONE, v.rule());
                }
                return people;
            }
        }
        people.add(Participant.of(ParticipantRole.CONTACT, person.build()));
        return people;
    }

    /** The cells of the columns the model has no field for, as extension properties; empty cells are left out. */
    private List<ExtensionProperty> extensions() {
        List<ExtensionProperty> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].isBlank() ? null : header.keptAs(i);
            if (name != null) {
                out.add(new ExtensionProperty(name,
                        List.of(ExtensionProperty.Parameter.of(Header.COLUMN_PARAMETER, header.name(i))),
                        Cells.escape(cells[i].strip())));
            }
        }
        return out;
    }
}
