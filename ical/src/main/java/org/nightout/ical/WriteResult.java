package org.nightout.ical;

/**
 * What {@link ICalendarWriter} wrote: how many events and series, how many it left out for the
 * {@linkplain ICalendarWriter.Builder#window(java.time.LocalDate, java.time.LocalDate) window}, and whether it stopped
 * early for the {@linkplain ICalendarWriter.Builder#byteBudget(long) byte budget}. The feed is complete iCalendar
 * either way: a budget stops before the event that would exceed it and still closes the calendar.
 *
 * <pre>{@code
 * WriteResult r = writer.write(events, out);
 * if (r.truncated()) {
 *     log.warn("feed cut at " + r.bytes() + " bytes: " + r.eventsOverBudget() + " events left out");
 * }
 * }</pre>
 *
 * @param events the single events written
 * @param series the series written
 * @param outsideWindow the single events and series left out because no day of theirs falls in the window
 * @param eventsOverBudget the single events and series left out because the byte budget was reached
 * @param bytes the size of the feed in UTF-8 bytes
 */
public record WriteResult(int events, int series, int outsideWindow, int eventsOverBudget, long bytes) {
    /**
     * Returns whether the byte budget cut the feed short.
     *
     * @return true if events were left out for the budget
     */
    public boolean truncated() {
        return eventsOverBudget > 0;
    }

    /**
     * Returns the single events written.
     *
     * @return the single events written
     */
    public int events() {
        return events;
    }

    /**
     * Returns the series written.
     *
     * @return the series written
     */
    public int series() {
        return series;
    }

    /**
     * Returns the single events and series left out because no day of theirs falls in the window.
     *
     * @return the single events and series left out because no day of theirs falls in the window
     */
    public int outsideWindow() {
        return outsideWindow;
    }

    /**
     * Returns the single events and series left out because the byte budget was reached.
     *
     * @return the single events and series left out because the byte budget was reached
     */
    public int eventsOverBudget() {
        return eventsOverBudget;
    }

    /**
     * Returns the size of the feed in UTF-8 bytes.
     *
     * @return the size of the feed in UTF-8 bytes
     */
    public long bytes() {
        return bytes;
    }
}
