package org.nightout.ical.internal.write;

import java.io.IOException;
import java.util.Arrays;
import java.util.OptionalLong;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.zones.ZoneYears;

/**
 * Writes each item (an event or a series) as one piece and, with a byte budget, only if it and the calendar's
 * closing line still fit; after the first that does not, none is written.
 */
public final class Budget {
    private final FeedWriter writer;
    private final OptionalLong byteBudget;
    private static final int END_BYTES = "END:VCALENDAR\r\n".length();
    private final ContentLines lines;
    /** What precedes the lines' own in the feed, or, while spooling, the least of it: the header. */
    private final long before;
    /**
     * While spooling with a budget, the octets of the items kept so far after each of them, for {@link #settle}:
     * no more than fit the budget.
     */
    private long[] ends = new long[0];
    /** The characters of the same items, where the spool's copy ends. */
    private long[] endChars = new long[0];
    private int kept;
    /** After {@link #settle}: the octets and characters of the items that fit. */
    public long keptOctets;
    public long keptChars;
    public int over;
    public int eventsOver;
    private int itemsSeen;
    private int firstOverItem = -1;

    public Budget(FeedWriter writer, ContentLines lines, long before) {
        this.writer = writer;
        this.byteBudget = writer.byteBudget();
        this.lines = lines;
        this.before = before;
    }

    public void event(Event e, ZoneYears zones) throws IOException {
        item(e, null, zones);
    }

    public void series(EventSeries s, ZoneYears zones) throws IOException {
        item(null, s, zones);
    }

    /**
     * Writes an event or a series. Told apart by which is null rather than handed over as a lambda: one that
     * captures is a new object per event, which the quick compiler of a short run makes slowly.
     */
    private void item(Event e, EventSeries s, ZoneYears zones) throws IOException {
        itemsSeen++;
        if (over > 0) {
            countOver();
            return;
        }
        // Held, the item's lines go out in one write, and can be measured before they do.
        lines.hold();
        if (e != null) {
            writer.writeEvent(lines, e, zones);
        } else {
            writer.writeSeries(lines, s, zones);
        }
        if (byteBudget.isPresent()
                && before + lines.octets() + lines.heldOctets() + END_BYTES > byteBudget.getAsLong()) {
            lines.discard();
            countOver();
            return;
        }
        lines.release();
        if (before > 0 && byteBudget.isPresent()) {
            if (kept == ends.length) {
                ends = Arrays.copyOf(ends, Math.max(16, kept * 2));
                endChars = Arrays.copyOf(endChars, ends.length);
            }
            endChars[kept] = lines.chars();
            ends[kept++] = lines.octets();
        }
    }

    /**
     * Once the spool is written and {@code preceding}, the octets of the header and the VTIMEZONEs, is known,
     * leaves out the items kept that no longer fit, and sets {@link #keptOctets} and {@link #keptChars} to the
     * length of those that do.
     */
    public void settle(long preceding) {
        keptOctets = lines.octets();
        keptChars = lines.chars();
        if (byteBudget.isEmpty()) {
            return;
        }
        int fit = 0;
        while (fit < kept && preceding + ends[fit] + END_BYTES <= byteBudget.getAsLong()) {
            fit++;
        }
        if (fit < kept) {
            over += kept - fit;
            firstOverItem = fit + 1;
        }
        keptOctets = fit == 0 ? 0 : ends[fit - 1];
        keptChars = fit == 0 ? 0 : endChars[fit - 1];
    }

    private void countOver() {
        if (firstOverItem < 0) {
            firstOverItem = itemsSeen;
        }
        over++;
    }

    /** Of the items left out, how many were series: those after the single events. */
    public int seriesOver(int eventCount) {
        if (over == 0) {
            return 0;
        }
        int firstSeries = eventCount + 1;
        int lastItem = firstOverItem + over - 1;
        int series = Math.max(0, lastItem - Math.max(firstOverItem, firstSeries) + 1);
        eventsOver = over - series;
        return series;
    }
}
