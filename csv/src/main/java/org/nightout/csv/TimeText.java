package org.nightout.csv;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as people type them in a sheet: {@code 6:00 PM}, {@code 6 pm}, {@code 6:00 p.m.}, {@code 7:30pm},
 * {@code 6:00:00 PM} (as spreadsheets export a time), {@code 18:00}, {@code noon} and {@code midnight}, and ranges of
 * two of them, {@code 6-9 pm}, {@code 6:00 PM - 9:00 PM}, {@code 7 to 10pm}.
 *
 * <p>A time with minutes and no am or pm is on the 24-hour clock, unless the other end of its range says am or pm
 * and its hour is one a 12-hour clock has ({@code 6:30-9 pm}). A time without am or pm next to one with it takes
 * whichever of am and pm makes the event shortest: {@code 6-9 pm} is 6 to 9 in the evening, {@code 11-1 pm} 11 in
 * the morning to 1 in the afternoon, {@code 9-1 am} 9 in the evening to 1 at night. A bare hour alone ({@code 6}) is
 * an error: it could be morning or evening.
 */
final class TimeText {
    private static final Pattern TWELVE = Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*([ap])\\.?\\s*(?:m\\.?)?");
    private static final Pattern TWENTY_FOUR = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?:\\s*h)?");
    private static final Pattern HOUR = Pattern.compile("(\\d{1,2})");
    private static final Pattern RANGE = Pattern.compile(
            "(.+?)\\s*(?:-|\u2013|\u2014|\\bto\\b|\\buntil\\b|\\btill\\b|\\btil\\b|\\bthru\\b)\\s*(.+)");
    /** What people write where a value is not known yet. */
    private static final Set<String> UNKNOWN = Set.of("tbd", "tba", "to be determined", "to be announced", "unknown",
            "?", "??", "n/a", "na", "-", "none", "not sure", "pending");
    private static final Set<String> ALL_DAY = Set.of("all day", "allday", "all-day", "all day long");

    /** One time as typed: the hour and minute, and 'a', 'p' or 0 when no am or pm was written. */
    record Part(int hour, int minute, int second, char meridiem, String text) {
        boolean needsMeridiem() {
            return meridiem == '?';
        }

        LocalTime at(char m) {
            int h = hour % 12 + (m == 'p' ? 12 : 0);
            return LocalTime.of(h, minute, second);
        }

        LocalTime resolved() {
            return meridiem == 0 ? LocalTime.of(hour, minute, second) : at(meridiem);
        }
    }

    /** A start and, if known, an end (null otherwise). An end before the start is on the next day. */
    record Times(LocalTime start, LocalTime end) {
    }

    private TimeText() {
    }

    /** Tells whether a cell says the value is not known yet, such as {@code TBD}. */
    static boolean unknown(String text) {
        return UNKNOWN.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Tells whether a cell says the event lasts all day. */
    static boolean allDay(String text) {
        return ALL_DAY.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Reads a range such as {@code 6-9 pm}, or a single time (then with no end). */
    static Times range(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:from|starts?|starting)\\s+(?:at\\s+)?", "");
        Matcher m = RANGE.matcher(t);
        if (m.matches() && !TWENTY_FOUR.matcher(t).matches()) {
            return resolve(part(m.group(1)), part(m.group(2)));
        }
        return resolve(part(t), null);
    }

    /** Reads one time of day, possibly without am or pm for {@link #resolve} to settle. */
    static Part part(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("noon") || t.equals("12 noon")) {
            return new Part(12, 0, 0, 'p', text);
        }
        if (t.equals("midnight") || t.equals("12 midnight")) {
            return new Part(12, 0, 0, 'a', text);
        }
        Matcher m;
        if ((m = TWELVE.matcher(t)).matches()) {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                throw new IllegalArgumentException("no hour " + hour + " on a 12-hour clock; write 6:00 PM or 18:00");
            }
            return new Part(hour, minute(m.group(2)), minute(m.group(3)), m.group(4).charAt(0), text);
        }
        if ((m = TWENTY_FOUR.matcher(t)).matches()) {
            int hour = Integer.parseInt(m.group(1));
            if (hour > 23) {
                throw new IllegalArgumentException("no hour " + hour + " in a day; write 6:00 PM or 18:00");
            }
            return new Part(hour, minute(m.group(2)), minute(m.group(3)), (char) 0, text);
        }
        if ((m = HOUR.matcher(t)).matches()) {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                throw new IllegalArgumentException("not a time: write 6:00 PM or 18:00");
            }
            return new Part(hour, 0, 0, '?', text);
        }
        throw new IllegalArgumentException("not a time: write 6:00 PM, 6 pm, 18:00 or a range such as 6-9 pm");
    }

    private static int minute(String digits) {
        if (digits == null) {
            return 0;
        }
        int m = Integer.parseInt(digits);
        if (m > 59) {
            throw new IllegalArgumentException("no minute " + m + " in an hour");
        }
        return m;
    }

    /**
     * Settles the am or pm that one part lacks from the other; end may be null.
     *
     * @throws IllegalArgumentException for a bare hour with nothing to settle it
     */
    static Times resolve(Part start, Part end) {
        if (end == null) {
            if (start.needsMeridiem()) {
                throw new IllegalArgumentException("say am or pm, such as " + start.hour() + " pm");
            }
            return new Times(start.resolved(), null);
        }
        start = settledByTheOther(start, end);
        end = settledByTheOther(end, start);
        if (start.needsMeridiem() && end.needsMeridiem()) {
            throw new IllegalArgumentException("say am or pm, such as " + start.hour() + "-" + end.hour() + " pm");
        }
        if (start.needsMeridiem()) {
            LocalTime e = end.resolved();
            return new Times(shorter(start.at('a'), start.at('p'), e, true), e);
        }
        LocalTime s = start.resolved();
        if (end.needsMeridiem()) {
            return new Times(s, shorter(end.at('a'), end.at('p'), s, false));
        }
        return new Times(s, end.resolved());
    }

    /**
     * A time with minutes but no am or pm, whose hour a 12-hour clock also has, beside one that says am or pm: its
     * clock is the other's ({@code 6:30-9 pm} is 6:30 in the evening), so it is settled as a bare hour is.
     */
    private static Part settledByTheOther(Part part, Part other) {
        boolean otherSays = other.meridiem() == 'a' || other.meridiem() == 'p';
        if (part.meridiem() == 0 && otherSays && part.hour() >= 1 && part.hour() <= 12) {
            return new Part(part.hour(), part.minute(), part.second(), '?', part.text());
        }
        return part;
    }

    /** Of two candidates for one end of a range, the one that makes it shorter; an end before the start wraps. */
    private static LocalTime shorter(LocalTime am, LocalTime pm, LocalTime other, boolean candidateIsStart) {
        return length(am, other, candidateIsStart) <= length(pm, other, candidateIsStart) ? am : pm;
    }

    private static int length(LocalTime candidate, LocalTime other, boolean candidateIsStart) {
        int s = (candidateIsStart ? candidate : other).toSecondOfDay();
        int e = (candidateIsStart ? other : candidate).toSecondOfDay();
        return e > s ? e - s : e - s + 86_400;
    }
}
