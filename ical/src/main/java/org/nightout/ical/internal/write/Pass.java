package org.nightout.ical.internal.write;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.nightout.core.Event;

/**
 * The events of a feed, read twice: an {@link Iterable}, or a {@link Supplier} of streams, each closed after
 * its pass.
 */
public interface Pass {
    /** Opens one pass over the events. */
    public Cursor open();

    public static Pass of(Iterable<? extends Event> items) {
        Objects.requireNonNull(items, "events");
        return () -> new Cursor(items.iterator(), () -> { });
    }

    public static Pass of(Supplier<? extends Stream<? extends Event>> streams) {
        Objects.requireNonNull(streams, "events");
        return () -> {
            Stream<? extends Event> stream = Objects.requireNonNull(streams.get(), "the supplier gave a null stream");
            try {
                return new Cursor(stream.iterator(), stream::close);
            } catch (IllegalStateException e) {
                stream.close();
                throw new IllegalStateException("The supplier gave a stream already read: the writer reads the "
                        + "events twice (first for the time zones), so the supplier must return a fresh stream on"
                        + " each call", e);
            }
        };
    }

    /** One pass: the iterator, and what closes the stream it came from. */
    public record Cursor(Iterator<? extends Event> iterator, Runnable closer) implements AutoCloseable {
        boolean hasNext() {
            return iterator.hasNext();
        }

        Event next() {
            return iterator.next();
        }

        @Override
        public void close() {
            closer.run();
        }
    }
}
