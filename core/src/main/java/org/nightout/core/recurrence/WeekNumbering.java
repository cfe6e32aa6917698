package org.nightout.core.recurrence;

import java.time.LocalDate;

/**
 * BYWEEKNO: the weeks of a rule's week-numbering years and the days of a run in the weeks it names. Runs come in
 * order, so the week-numbering year looked up last is kept for the next run.
 */
final class WeekNumbering {
    /** WKST, 0 for Monday. */
    private final int weekStart;
    /** For week-numbering years of 52 and 53 weeks, bit w - 1 for each week BYWEEKNO allows. */
    private final long[] weekNos;
    /** The week-numbering year last looked up for BYWEEKNO: its number and its first and end epoch days. */
    private int weekYear = Integer.MIN_VALUE;
    private long weekYearStart;
    private long weekYearEnd;

    WeekNumbering(PreparedRule rule) {
        this.weekStart = rule.weekStart;
        this.weekNos = rule.weekNos;
    }

    /**
     * The days of a run in the weeks BYWEEKNO names. Weeks are numbered as ISO 8601 does, with weeks starting on
     * WKST: a week belongs to the year that holds at least four of its days, and a negative number counts from that
     * year's last week. A yearly period with BYWEEKNO is that week-numbering year, so week 1 of 2003 includes
     * 2002-12-30 and 31.
     */
    long days(long first, long end) {
        long found = 0;
        for (long week = first - Math.floorMod(EpochDays.weekday(first) - weekStart, 7); week < end; week += 7) {
            if (week < weekYearStart || week >= weekYearEnd) {
                weekYear = LocalDate.ofEpochDay(week + 3).getYear();
                weekYearStart = week1(weekYear);
                weekYearEnd = week1(weekYear + 1);
            }
            int number = (int) ((week - weekYearStart) / 7);
            int weeks = (int) ((weekYearEnd - weekYearStart) / 7);
            if ((weekNos[weeks - 52] >>> number & 1) != 0) {
                found |= EpochDays.place(0x7F, week - first);
            }
        }
        return found;
    }

    /** The first day of week 1 of a week-numbering year: the week, starting on WKST, that holds January 4. */
    long week1(int year) {
        long jan4 = LocalDate.of(year, 1, 4).toEpochDay();
        return jan4 - Math.floorMod(EpochDays.weekday(jan4) - weekStart, 7);
    }
}
