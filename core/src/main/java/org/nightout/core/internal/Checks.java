package org.nightout.core.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nightout.core.ValidationException;
import org.nightout.core.Violation;

/**
 * Collects the violations of one value under construction, then throws them all at once.
 *
 * <p>Immutables runs with {@code validationMethod = NONE}, so a missing required attribute arrives
 * here as {@code null} and is reported together with every other problem instead of stopping the
 * build at the first one.
 */
public final class Checks {
    public static final String ABSENT = "(absent)";
    /** The first year every format takes: iCalendar and ISO 8601 dates have four year digits and no sign. */
    public static final int MIN_YEAR = 1;
    /** The last year every format takes. */
    public static final int MAX_YEAR = 9999;
    private static final String YEAR_RULE = "must be in a year from " + MIN_YEAR + " to " + MAX_YEAR
            + ", as iCalendar and JSON dates carry it";
    private static final int MAX_TEXT = 10_000;
    /** The first second of year {@link #MIN_YEAR} in UTC, 0001-01-01T00:00:00Z. */
    private static final long MIN_EPOCH_SECOND = LocalDateTime.of(MIN_YEAR, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    /** The last second of year {@link #MAX_YEAR} in UTC, 9999-12-31T23:59:59Z. */
    private static final long MAX_EPOCH_SECOND = LocalDateTime.of(MAX_YEAR, 12, 31, 23, 59, 59)
            .toEpochSecond(ZoneOffset.UTC);

    private final String type;
    /** Made at the first violation: most values have none. */
    private List<Violation> violations;

    private Checks(String type) {
        this.type = type;
    }

    public static Checks of(String type) {
        return new Checks(type);
    }

    /** Records a violation of {@code rule} by {@code value} in {@code field}. */
    public Checks fail(String field, Object value, String rule) {
        if (violations == null) {
            violations = new ArrayList<>();
        }
        violations.add(new Violation(type, field, show(value), rule));
        return this;
    }

    /** Checks that a required value is set; returns whether it is, so that dependent checks can be skipped. */
    public boolean required(String field, Object value) {
        if (value == null) {
            fail(field, null, "is required");
            return false;
        }
        return true;
    }

    /** Checks that a required single-line text is set, not blank and free of control characters. */
    public Checks line(String field, String value) {
        if (required(field, value)) {
            lineText(field, value);
        }
        return this;
    }

    /** Checks an optional single-line text where present. */
    public Checks line(String field, Optional<String> value) {
        if (required(field, value) && value.isPresent()) {
            lineText(field, value.get());
        }
        return this;
    }

    /** Checks an optional multi-line text where present: tabs and line breaks are allowed, other control characters are not. */
    public Checks multiline(String field, Optional<String> value) {
        if (required(field, value) && value.isPresent()) {
            text(field, value.get(), true, "must not be blank (leave it absent instead)",
                    "must not contain control characters other than tab and line breaks");
        }
        return this;
    }

    /** Checks an optional text against a pattern where present. */
    public Checks matches(String field, Optional<String> value, Pattern pattern, String rule) {
        if (required(field, value) && value.isPresent() && !pattern.matcher(value.get()).matches()) {
            fail(field, value.get(), rule);
        }
        return this;
    }

    /** Checks an optional URI where present: it must be absolute, so that a feed reader can follow it. */
    public Checks absoluteUri(String field, Optional<URI> value) {
        if (required(field, value) && value.isPresent() && !value.get().isAbsolute()) {
            fail(field, value.get(), "must be an absolute URI such as https://example.org/page");
        }
        return this;
    }

    /** Checks that a collection is set and holds no null element. */
    public Checks elements(String field, Collection<?> values) {
        if (required(field, values)) {
            int i = 0;
            for (Object v : values) {
                if (v == null) {
                    fail(field + "[" + i + "]", null, "must not be null");
                }
                i++;
            }
        }
        return this;
    }

    /** Checks that a year is one every format can carry. */
    public Checks year(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            fail(field, year, YEAR_RULE);
        }
        return this;
    }

    /** Checks that a date is in a year every format can carry. */
    public Checks date(String field, LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            fail(field, date, YEAR_RULE);
        }
        return this;
    }

    /** Checks an instant where present: in UTC, as feeds write it, its year must be one every format can carry. */
    public Checks instant(String field, Instant instant) {
        if (instant != null && !inYears(instant.getEpochSecond())) {
            fail(field, instant, YEAR_RULE + " (in UTC)");
        }
        return this;
    }

    /**
     * Whether an instant, in seconds since the epoch, falls in the years every format carries, in UTC. Compared as
     * seconds because a UTC date-time made a new ZoneRules object for each check, a tenth of what reading an event
     * allocated.
     */
    private static boolean inYears(long epochSecond) {
        return epochSecond >= MIN_EPOCH_SECOND && epochSecond <= MAX_EPOCH_SECOND;
    }

    /** Checks a zoned time: its local date and its instant in UTC must both be in years every format can carry. */
    public Checks dateTime(String field, ZonedDateTime time) {
        if (time != null) {
            date(field, time.toLocalDate());
            if (time.getYear() >= MIN_YEAR && time.getYear() <= MAX_YEAR && !inYears(time.toEpochSecond())) {
                fail(field, time.toInstant(), YEAR_RULE + " (in UTC)");
            }
        }
        return this;
    }

    /** Throws every violation collected so far as one exception. */
    public void throwIfAny() {
        if (violations != null) {
            throw new ValidationException(violations);
        }
    }

    private void lineText(String field, String v) {
        text(field, v, false, "must not be blank", "must be a single line without control characters");
    }

    /** Checks a text that is present: not blank, not too long, and with no control character it does not allow. */
    private void text(String field, String v, boolean allowBreaks, String blankRule, String controlRule) {
        if (v.isBlank()) {
            fail(field, v, blankRule);
        } else if (v.length() > MAX_TEXT) {
            fail(field, abbreviate(v), "must be at most " + MAX_TEXT + " characters long, was " + v.length());
        } else {
            int problem = scan(v, allowBreaks);
            if (problem == CONTROL) {
                fail(field, v, controlRule);
            } else if (problem >= 0) {
                fail(field, v, "must be well-formed Unicode, but has an unpaired surrogate at index " + problem);
            }
        }
    }

    /** What {@link #scan} returns for text with a control character. */
    private static final int CONTROL = -2;

    /**
     * Looks for what {@link #hasControl} and {@link #unpairedSurrogate} look for in one pass over the text, since
     * every text of every value read goes through both: {@link #CONTROL} if it has a control character, else the
     * index of its first unpaired surrogate, else -1.
     */
    private static int scan(String s, boolean allowBreaks) {
        int unpaired = -1;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                // Printable ASCII, most characters of most text: told by one range test, which matters where the
                // code is not optimised further (the quick compiler of a short command-line run).
                continue;
            }
            if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029') {
                if (!(allowBreaks && (c == '\n' || c == '\t' || c == '\r' || c == '\u2028' || c == '\u2029'))) {
                    return CONTROL;
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (unpaired < 0) {
                    unpaired = i;
                }
            }
        }
        return unpaired;
    }

    public static boolean hasControl(String s, boolean allowBreaks) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && !(allowBreaks && (c == '\n' || c == '\t' || c == '\r'))) {
                return true;
            }
            if (c == '\u2028' || c == '\u2029') {
                if (!allowBreaks) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns the index of the first surrogate that is not half of a pair, or -1. Such text cannot be encoded as
     * UTF-8, so no feed or JSON document could carry it.
     */
    public static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Shows a value in a message: quoted and with control characters escaped, so the message itself stays one line. */
    public static String show(Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (value instanceof Optional<?> o) {
            return o.map(Checks::show).orElse(ABSENT);
        }
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        if (s.length() > 200) {
            b.append("...");
        }
        return b.append('"').toString();
    }

    private static String abbreviate(String s) {
        return s.substring(0, 40) + "...";
    }
}
