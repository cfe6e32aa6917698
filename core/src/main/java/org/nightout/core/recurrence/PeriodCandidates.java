package org.nightout.core.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;

/**
 * The candidates of one period: each of its days at each of its times of day, numbered from 0 in that order, so
 * that a candidate's local time is worked out from its number and only a candidate that is returned is made into a
 * {@code LocalDateTime}. One instance serves every period of an expansion, filled again for each, so that a period
 * makes no new arrays once the array of days has grown to the largest period's.
 */
final class PeriodCandidates {
    /** The candidate days of the period, as epoch days in ascending order. */
    private int[] days = new int[8];
    private int dayCount;
    private int[] periodHours;
    private int[] periodMinutes;
    private int[] periodSeconds;
    /** The candidates of a day in the period, and of an hour. */
    private int perDay;
    private int perHour;
    /** Where the period has one time of day: its second of the day, and the time once made; else -1 and null. */
    private int oneTime = -1;
    private LocalTime oneLocalTime;

    void clearDays() {
        dayCount = 0;
    }

    /** Adds a day after those added since {@link #clearDays()}. */
    void addDay(long epochDay) {
        if (dayCount == days.length) {
            days = Arrays.copyOf(days, dayCount * 2);
        }
        days[dayCount++] = (int) epochDay;
    }

    int dayCount() {
        return dayCount;
    }

    /** Sets the times of day of the period's candidates; arrays set last time are taken to be unchanged. */
    void setTimes(int[] h, int[] m, int[] s) {
        if (h != periodHours || m != periodMinutes || s != periodSeconds) {
            resetTimes(h, m, s);
        }
    }

    /** Sets the times of day of the period's candidates, from arrays that may have been changed in place. */
    void resetTimes(int[] h, int[] m, int[] s) {
        periodHours = h;
        periodMinutes = m;
        periodSeconds = s;
        perHour = m.length * s.length;
        perDay = h.length * perHour;
        oneTime = perDay == 1 ? h[0] * 3600 + m[0] * 60 + s[0] : -1;
        oneLocalTime = null;
    }

    /**
     * The local time of candidate {@code k}, as seconds from the epoch in UTC's reckoning. A period has at most 366
     * days of 86,400 seconds, so {@code k} is an {@code int}.
     */
    long second(long k) {
        if (oneTime >= 0) {
            return days[(int) k] * (long) EpochDays.SECONDS + oneTime;
        }
        int inDay = (int) k % perDay;
        return days[(int) k / perDay] * (long) EpochDays.SECONDS + periodHours[inDay / perHour] * 3600
                + periodMinutes[inDay % perHour / periodSeconds.length] * 60
                + periodSeconds[inDay % periodSeconds.length];
    }

    /** The epoch day of candidate {@code k}. */
    long epochDay(long k) {
        return days[oneTime >= 0 ? (int) k : (int) k / perDay];
    }

    /** Candidate {@code k} as a local date and time, given its date; made on each call. */
    LocalDateTime local(LocalDate date, long k) {
        if (oneTime >= 0) {
            if (oneLocalTime == null) {
                oneLocalTime = LocalTime.ofSecondOfDay(oneTime);
            }
            return LocalDateTime.of(date, oneLocalTime);
        }
        int inDay = (int) k % perDay;
        return LocalDateTime.of(date,
                LocalTime.of(periodHours[inDay / perHour], periodMinutes[inDay % perHour / periodSeconds.length],
                        periodSeconds[inDay % periodSeconds.length]));
    }
}
