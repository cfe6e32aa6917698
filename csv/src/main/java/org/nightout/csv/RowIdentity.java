package org.nightout.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nightout.core.Venue;
import org.nightout.core.internal.Sha256;

/**
 * Which event a row is, and which revision of it.
 *
 * <p>The id is the row's id column, spaces made hyphens, where the sheet has one. Otherwise it is {@code csv-} and
 * the first 20 hex digits of the digest ({@code Sha256}) of the row's identifying fields: the year of its date, its
 * title, its venue's name, street, city and state, its host and its contact's name, each in lower case with spaces
 * and punctuation left out, joined by a unit separator. So a sheet imported again gives each row the id, and feeds
 * the UID, it had before, and a row edited in anything else (its date within the year, its times, status, phone,
 * e-mail, activities, description) stays the same event; a row whose title, place or people change is a new event,
 * and a sheet that needs to change those keeps an id column.
 *
 * <p>When the row last changed is its last-modified column (a form's timestamp, which Google Forms moves when a
 * response is edited), else the reader's {@link CsvReader.Builder#lastModified(Instant)}; its revision is its
 * sequence column, else 0, raised where a previous import is given (see {@link CsvReader.Builder#previous}).
 */
final class RowIdentity {
    private static final Pattern US_STAMP = Pattern.compile(
            "(\\d{1,2}/\\d{1,2}/\\d{2,4})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cntrl}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int DIGITS = 20;

    private final RowReader row;
    private final CsvReader reader;
    private final ZoneId zone;

    RowIdentity(RowReader row, CsvReader reader, ZoneId zone) {
        this.row = row;
        this.reader = reader;
        this.zone = zone;
    }

    String id(LocalDate date, Optional<Venue> venue) {
        String id = row.cell(Column.ID);
        if (!id.isEmpty()) {
            return SPACE.matcher(id).replaceAll("-");
        }
        String fields = String.join("\u001f", String.valueOf(date.getYear()),
                Column.key(row.cell(Column.TITLE)),
                Column.key(row.cell(Column.VENUE)),
                Column.key(row.cell(Column.ADDRESS)),
                Column.key(venue.flatMap(Venue::address).map(a -> a.locality()).orElse(row.cell(Column.CITY))),
                venue.flatMap(Venue::address).map(a -> a.state().code()).orElse(Column.key(row.cell(Column.STATE))),
                Column.key(row.cell(Column.HOST)),
                Column.key(row.cell(Column.CONTACT_NAME)));
        return "csv-" + Sha256.hex(fields).substring(0, DIGITS);
    }

    Instant lastModified() {
        String stamp = row.cell(Column.LAST_MODIFIED);
        if (stamp.isEmpty()) {
            return reader.lastModified();
        }
        try {
            return parseStamp(stamp).truncatedTo(ChronoUnit.SECONDS);
        } catch (IllegalArgumentException | DateTimeException e) {
            row.fail(Column.LAST_MODIFIED, "not a time stamp: write 2026-07-01T14:30:00Z, 2026-07-01 14:30 or"
                    + " 7/1/2026 14:30:00");
            return reader.lastModified();
        }
    }

    /** A time stamp: an instant, a local date and time in the row's zone, or a date alone (its start). */
    private Instant parseStamp(String stamp) {
        String s = stamp.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})")) {
            return OffsetDateTime.parse(s.replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                    .toInstant();
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            return LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone).toInstant();
        }
        Matcher m = US_STAMP.matcher(s);
        if (m.matches()) {
            LocalDate day = DateText.parse(m.group(1));
            LocalTime time = TimeText.range(m.group(2)).start();
            return LocalDateTime.of(day, time).atZone(zone).toInstant();
        }
        return DateText.parse(s).atStartOfDay(zone).toInstant();
    }

    int sequence() {
        String s = row.cell(Column.SEQUENCE);
        if (s.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Told below, with the other values that are no revision number.
        }
        row.fail(Column.SEQUENCE, "not a revision number: write 0 or more");
        return 0;
    }
}
