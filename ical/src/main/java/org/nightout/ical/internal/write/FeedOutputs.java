package org.nightout.ical.internal.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;
import org.nightout.ical.WriteResult;
import org.nightout.ical.internal.lines.ContentLines;

/**
 * Where each of {@link org.nightout.ical.ICalendarWriter}'s write methods sends a feed: an {@code OutputStream} as
 * UTF-8 (buffered, flushed, not closed), a {@code Writer} (neither flushed nor closed), or a {@code String}. The
 * writer's methods differ only in how the events come (an iterable, a supplier of streams, with or without series,
 * read once into a spool) and where they go; this is the one place that knows the second.
 */
public final class FeedOutputs {
    private FeedOutputs() {
    }

    public static WriteResult toStream(FeedWriter engine, Pass events, Iterable<? extends EventSeries> series,
            OutputStream out) throws IOException {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(out, "out");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        WriteResult result = engine.write(events, series, new ContentLines(buffered));
        buffered.flush();
        return result;
    }

    public static WriteResult toWriter(FeedWriter engine, Pass events, Iterable<? extends EventSeries> series,
            Writer out) throws IOException {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(out, "out");
        return engine.write(events, series, new ContentLines(out));
    }

    public static String toText(FeedWriter engine, Pass events, Iterable<? extends EventSeries> series) {
        Objects.requireNonNull(series, "series");
        StringWriter out = new StringWriter();
        try {
            engine.write(events, series, new ContentLines(out));
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    public static WriteResult spooledToStream(FeedWriter engine, Iterable<? extends Event> events,
            Iterable<? extends EventSeries> series, OutputStream out, Path spoolDirectory) throws IOException {
        Objects.requireNonNull(out, "out");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        WriteResult result = engine.spooled(events, series, null, buffered, spoolDirectory);
        buffered.flush();
        return result;
    }

    public static WriteResult spooledToWriter(FeedWriter engine, Iterable<? extends Event> events,
            Iterable<? extends EventSeries> series, Writer out, Path spoolDirectory) throws IOException {
        Objects.requireNonNull(out, "out");
        return engine.spooled(events, series, out, null, spoolDirectory);
    }
}
