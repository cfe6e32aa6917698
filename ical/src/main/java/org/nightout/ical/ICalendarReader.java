package org.nightout.ical;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.time.ZoneId;
import org.nightout.core.Agency;
import org.nightout.core.Community;
import org.nightout.core.Event;
import org.nightout.core.EventSeries;

/**
 * Reads iCalendar documents (RFC 5545) into nightout events: our own feeds back to equal events, and the world's
 * feeds (Google, Outlook, Apple exports) as far as they go, with a warning for everything worked around.
 *
 * <p>Reading never stops at a bad property: it records a {@link ReadWarning} with the line, the property, a stable
 * code and a message, and goes on. {@link Builder#strict(boolean) Strict} mode turns the first warning into an
 * {@link ICalendarParseException}; so does a document that is no iCalendar at all or that exceeds a limit.
 * Properties the model has no field for are kept with the event as {@link org.nightout.core.ExtensionProperty
 * extension properties}, so a read-then-write keeps them.
 *
 * <p>Our own content-line parser is used instead of iCal4j's: iCal4j decodes characters before it unfolds, so a
 * fold inside a multi-byte character becomes two U+FFFD, and its parser stops at the first error, where this reader
 * must report the line and go on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * ICalendarReader reader = ICalendarReader.builder()
 *     .community(eauClaire)           // the feed is this community's
 *     .addHost(ecpd)                  // ... and this agency's
 *     .build();
 * ICalendarData data = reader.read(Files.newInputStream(Path.of("department.ics")));
 * data.warnings().forEach(w -> System.err.println("warning: " + w));
 * }</pre>
 */
public final class ICalendarReader {
    final boolean strict;
    final Optional<String> uidDomain;
    final Optional<Community> community;
    final List<Agency> hosts;
    final Optional<ZoneId> floatingZone;
    final long maxInputBytes;
    final int maxLineOctets;
    final int maxComponents;
    final int maxProperties;
    final int maxDepth;

    private ICalendarReader(Builder b) {
        this.strict = b.strict;
        this.uidDomain = b.uidDomain;
        this.community = b.community;
        this.hosts = List.copyOf(b.hosts);
        this.floatingZone = b.floatingZone;
        this.maxInputBytes = b.maxInputBytes;
        this.maxLineOctets = b.maxLineOctets;
        this.maxComponents = b.maxComponents;
        this.maxProperties = b.maxProperties;
        this.maxDepth = b.maxDepth;
    }

    /**
     * Returns a new builder with lenient reading and the default limits.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a whole document from UTF-8 bytes into memory. The stream is read to its end, not closed. This is
     * {@link #read(InputStream, ICalendarHandler)} with a handler that keeps everything, where a later version of an
     * event takes the older one's place.
     *
     * @param in the bytes
     * @return the events, series and warnings
     * @throws ICalendarParseException if the input is no iCalendar, exceeds a limit, or (when strict) has a warning
     * @throws IOException if reading the stream fails
     */
    public ICalendarData read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        Collector all = new Collector();
        read(in, all);
        return new ICalendarData(all.name, List.copyOf(all.events.values()), all.series, all.warnings);
    }

    /**
     * Reads a document from UTF-8 bytes as a stream, handing each event to {@code handler} as soon as its VEVENT ends
     * and each warning as it arises; series follow after the last line. The stream is read to its end, not
     * closed. Memory grows with the largest event and with the VEVENTs that have an RRULE, an RDATE or a RECURRENCE-ID (held
     * until the end, where series are put together), and by about 20 bytes for each single event (a fingerprint of
     * its id); see {@link ICalendarHandler} for what arrives when, for later versions of an event already handed
     * over, and for memory.
     *
     * <p>A callback rather than an {@code Iterator}: the reader pushes what it reads, so there is nothing to close
     * and no event is read ahead; an exception thrown by the handler stops the read and leaves this method.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("big.ics"))) {
     *     reader.read(in, new ICalendarHandler() {
     *         @Override public void event(Event event) { index.add(event); }
     *         @Override public void warning(ReadWarning w) { System.err.println("warning: " + w); }
     *     });
     * }
     * }</pre>
     *
     * @param in the bytes
     * @param handler takes events, series, warnings and the calendar's name as they are read
     * @throws ICalendarParseException if the input is no iCalendar, exceeds a limit, or (when strict) has a warning;
     *     what was handed over before stays handed over
     * @throws IOException if reading the stream fails
     */
    public void read(InputStream in, ICalendarHandler handler) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        Warnings warnings = new Warnings(strict, handler);
        LineReader lines = new LineReader(in, maxInputBytes, maxLineOctets,
                line -> warnings.add(line, "(line)", ReadWarning.Code.INVALID_UTF8,
                        "bytes that are not UTF-8 were replaced with U+FFFD"));
        try {
            EventMapper mapper = new EventMapper(this, warnings, handler);
            parse(lines, warnings, mapper);
            mapper.finish();
        } catch (StrictStop stop) {
            throw (ICalendarParseException) stop.getCause();
        }
    }

    /** Keeps everything a read hands over, events by id so that a later version takes the older one's place. */
    private static final class Collector implements ICalendarHandler {
        Optional<String> name = Optional.empty();
        final Map<String, Event> events = new LinkedHashMap<>();
        final List<EventSeries> series = new ArrayList<>();
        final List<ReadWarning> warnings = new ArrayList<>();

        @Override
        public void name(String name) {
            this.name = Optional.of(name);
        }

        @Override
        public void event(Event event) {
            events.put(event.id(), event);
        }

        @Override
        public void series(EventSeries s) {
            series.add(s);
        }

        @Override
        public void warning(ReadWarning warning) {
            warnings.add(warning);
        }
    }

    /**
     * Reads a document from text.
     *
     * @param text the document
     * @return the events, series and warnings
     * @throws ICalendarParseException if the text is no iCalendar, exceeds a limit, or (when strict) has a warning
     */
    public ICalendarData read(String text) throws ICalendarParseException {
        Objects.requireNonNull(text, "text");
        try {
            return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (ICalendarParseException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory does not fail", e);
        }
    }

    /** A component as read: its name, first line, properties and children. */
    static final class Component {
        final String name;
        final int line;
        final List<ContentLine> properties = new ArrayList<>();
        final List<Component> children = new ArrayList<>();
        /** For a VEVENT, the zone its VCALENDAR gives floating times, or null for none. */
        ZoneId floating;
        /** The line of its END, or of the line where it was closed for want of one. */
        int endLine;
        /** Whether the VCALENDAR it came from was written by {@link ICalendarWriter}; set when it is complete. */
        boolean fromOurWriter;

        Component(String name, int line) {
            this.name = name;
            this.line = line;
        }

        /** The first property of each name, since the mapper asks for a dozen of them per event. */
        private final java.util.Map<String, ContentLine> firsts = new java.util.HashMap<>();
        /** Whether a property is one of our writer's {@code X-NIGHTOUT-*}, which most components have none of. */
        boolean hasNightOutFields;

        void add(ContentLine property) {
            properties.add(property);
            hasNightOutFields |= property.name.startsWith("X-NIGHTOUT-");
            ContentLine first = firsts.putIfAbsent(property.name, property);
            if (first != null) {
                first.repeated = true;
            }
        }

        /** The first property of a name, to look at without reading it. */
        Optional<ContentLine> first(String property) {
            return Optional.ofNullable(firsts.get(property));
        }

        /** {@link #first}, or null where the component has no property of that name. */
        ContentLine firstOrNull(String property) {
            return firsts.get(property);
        }

        /**
         * The first property of a name, marked as read together with every other line of that name: the home that
         * reads a property answers for all its lines, so a second DTSTART is not kept to be written again.
         */
        Optional<ContentLine> take(String property) {
            return Optional.ofNullable(takeOrNull(property));
        }

        /** {@link #take}, or null where the component has no property of that name. */
        ContentLine takeOrNull(String property) {
            ContentLine first = firsts.get(property);
            if (first == null) {
                return null;
            }
            if (first.repeated) {
                takeAll(property);
            }
            first.used = true;
            return first;
        }

        /** Every property of a name, in order, to look at without reading them. */
        List<ContentLine> all(String property) {
            ContentLine first = firsts.get(property);
            if (first == null || !first.repeated) {
                return first == null ? List.of() : List.of(first);
            }
            List<ContentLine> all = new ArrayList<>();
            for (ContentLine p : properties) {
                if (p.name.equals(property)) {
                    all.add(p);
                }
            }
            return all;
        }

        /** Every property of a name, in order, each marked as read. */
        List<ContentLine> takeAll(String property) {
            List<ContentLine> all = all(property);
            all.forEach(p -> p.used = true);
            return all;
        }
    }

    /**
     * Reads the document's components, handing each one that sits directly in a VCALENDAR to the mapper as soon as it
     * is complete, so that an event's lines are let go once it is mapped: memory grows with the largest event and the
     * events the mapper keeps, not with the document.
     */
    private void parse(LineReader lines, Warnings warnings, EventMapper mapper) throws IOException {
        Structure structure = new Structure(warnings, mapper);
        String text;
        while ((text = lines.next()) != null) {
            structure.line(text, lines.line(), lines.plain());
        }
        structure.end(lines.physicalLine());
    }

    /**
     * The components open at a point of the document, and what its lines so far said about its structure.
     *
     * <p>One call per line rather than one long loop: a method that runs once is compiled late, on a count of its
     * loop's turns, and until then every line of the document passes through the interpreter; a method called for
     * each line is compiled after a few events.
     */
    private final class Structure {
        private final Warnings warnings;
        private final EventMapper mapper;
        private final Deque<Component> open = new ArrayDeque<>();
        private int components;
        private boolean sawAnything;
        /** The last VCALENDAR closed, reopened when components follow its END (some writers append events there). */
        private Component lastCalendar;
        private boolean reopened;

        Structure(Warnings warnings, EventMapper mapper) {
            this.warnings = warnings;
            this.mapper = mapper;
        }

        /** Takes a logical line that starts on physical line {@code line}; {@code plain} as {@link LineReader#plain}. */
        void line(String text, int line, boolean plain) throws ICalendarParseException {
            if (!sawAnything && !text.isEmpty() && Character.isWhitespace(text.charAt(0))) {
                // A line that starts with white space continues the one before; the first line has none to continue.
                String stripped = text.strip();
                if (stripped.isEmpty()) {
                    return;
                }
                warnings.add(line, "(line)", ReadWarning.Code.STRUCTURE,
                        "white space before the first line; ignored");
                text = stripped;
            }
            ContentLine cl;
            try {
                cl = ContentLine.parse(text, line, plain, warnings);
            } catch (ContentLine.SyntaxException e) {
                if (!sawAnything) {
                    throw new ICalendarParseException(line, "not an iCalendar document: " + e.getMessage()
                            + " in \"" + abbreviate(text) + "\"");
                }
                warnings.add(line, "(line)", ReadWarning.Code.INVALID_LINE,
                        e.getMessage() + " in \"" + abbreviate(text) + "\"; line skipped");
                return;
            }
            if (!sawAnything && !(cl.name.equals("BEGIN") && cl.value.strip().equalsIgnoreCase("VCALENDAR"))) {
                String first = cl.value.strip().toUpperCase(java.util.Locale.ROOT);
                if (!cl.name.equals("BEGIN") || !TOP_LEVEL.contains(first) && !first.equals("VALARM")) {
                    throw new ICalendarParseException(line, "not an iCalendar document: it must start with"
                            + " BEGIN:VCALENDAR, not \"" + abbreviate(text) + "\"");
                }
                // A lone component, as some tools export one event: read as if a VCALENDAR held it.
                warnings.add(line, first, ReadWarning.Code.STRUCTURE, "BEGIN:" + first + " without BEGIN:VCALENDAR;"
                        + " read as if a VCALENDAR held it");
                open.push(new Component("VCALENDAR", line));
                reopened = true;
            }
            sawAnything = true;
            if (cl.name.equals("BEGIN")) {
                String name = componentName(cl);
                if (++components > maxComponents) {
                    throw new ICalendarParseException(line, "more than " + maxComponents
                            + " components; raise the limit with maxComponents if the input is trusted");
                }
                if (open.size() >= maxDepth) {
                    throw new ICalendarParseException(line, "components nested deeper than " + maxDepth
                            + "; raise the limit with maxDepth if the input is trusted");
                }
                if (open.isEmpty() && !name.equals("VCALENDAR")) {
                    if (lastCalendar == null) {
                        warnings.add(line, name, ReadWarning.Code.STRUCTURE, "component outside VCALENDAR; skipped");
                    } else {
                        warnings.add(line, name, ReadWarning.Code.STRUCTURE, name + " after END:VCALENDAR; read as"
                                + " part of the calendar that ended on line " + lastCalendar.endLine);
                        open.push(lastCalendar);
                        reopened = true;
                    }
                } else if (TOP_LEVEL.contains(name)) {
                    closeUnclosedTopLevel(open, mapper, warnings, line, name);
                } else if (name.equals("VCALENDAR") && !open.isEmpty()) {
                    warnings.add(line, name, ReadWarning.Code.STRUCTURE, "VCALENDAR inside "
                            + open.peek().name + " (line " + open.peek().line + "); its components are read"
                            + " as the outer calendar's");
                }
                Component c = new Component(name, line);
                if (!open.isEmpty()) {
                    open.peek().children.add(c);
                }
                open.push(c);
            } else if (cl.name.equals("END")) {
                String name = componentName(cl);
                if (!isOpen(open, name)) {
                    Component innermost = open.peek();
                    if (innermost != null && !innermost.name.equals("VCALENDAR")) {
                        // A misspelled END (END:VTOOD): the component it stands in has to end somewhere.
                        warnings.add(line, "END", ReadWarning.Code.STRUCTURE, "END:" + name + " closes no open"
                                + " component; read as END:" + innermost.name + " (opened on line "
                                + innermost.line + ")");
                        innermost.endLine = line;
                        close(open, mapper);
                    } else {
                        warnings.add(line, "END", ReadWarning.Code.STRUCTURE, "END:" + name
                                + " closes no open component; ignored");
                    }
                    return;
                }
                while (!open.peek().name.equals(name)) {
                    Component unclosed = open.peek();
                    warnings.add(line, unclosed.name, ReadWarning.Code.STRUCTURE, unclosed.name
                            + " opened on line " + unclosed.line + " was not closed before END:" + name);
                    unclosed.endLine = line;
                    close(open, mapper);
                }
                open.peek().endLine = line;
                if (open.size() == 1 && name.equals("VCALENDAR")) {
                    lastCalendar = open.peek();
                    reopened = false;
                }
                close(open, mapper);
            } else if (open.isEmpty()) {
                warnings.add(line, cl.name, ReadWarning.Code.STRUCTURE, "property outside VCALENDAR; skipped");
            } else {
                Component c = open.peek();
                if (c.properties.size() >= maxProperties) {
                    throw new ICalendarParseException(line, "more than " + maxProperties + " properties in "
                            + c.name + " from line " + c.line
                            + "; raise the limit with maxPropertiesPerComponent if the input is trusted");
                }
                c.add(cl);
            }
        }

        /** Closes what the document left open, at its last physical line. */
        void end(int physicalLine) throws ICalendarParseException {
            if (!sawAnything) {
                throw new ICalendarParseException(physicalLine, "not an iCalendar document: it is empty");
            }
            while (!open.isEmpty()) {
                Component unclosed = open.peek();
                if (!(reopened && open.size() == 1)) {
                    warnings.add(physicalLine, unclosed.name, ReadWarning.Code.STRUCTURE, "the document ended"
                            + " before END:" + unclosed.name + " (opened on line " + unclosed.line
                            + "); what was read is kept");
                }
                close(open, mapper);
            }
        }
    }

    /** The name of the component a BEGIN or END line names, in upper case. */
    private static String componentName(ContentLine beginOrEnd) {
        String value = beginOrEnd.value.strip();
        return ContentLine.upperCase(value, 0, value.length());
    }

    private static boolean isOpen(Deque<Component> open, String name) {
        for (Component c : open) {
            if (c.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Components that stand directly in a VCALENDAR and never inside one another. */
    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("VEVENT", "VTODO", "VJOURNAL",
            "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY");

    /**
     * A VEVENT, VTODO or the like cannot stand inside another: when one begins while another is open, the open one
     * lacks its END (a misspelled or missing END line). It is closed there, so the new one is not lost inside it.
     */
    private static void closeUnclosedTopLevel(Deque<Component> open, EventMapper mapper, Warnings warnings, int line,
            String name) {
        boolean inTopLevel = false;
        for (Component c : open) {
            inTopLevel |= TOP_LEVEL.contains(c.name);
        }
        while (inTopLevel && !open.peek().name.equals("VCALENDAR")) {
            Component unclosed = open.peek();
            warnings.add(line, unclosed.name, ReadWarning.Code.STRUCTURE, unclosed.name + " opened on line "
                    + unclosed.line + " was not closed before BEGIN:" + name + "; closed there");
            unclosed.endLine = line;
            close(open, mapper);
        }
    }

    /** Closes the innermost open component; one directly in a VCALENDAR goes to the mapper, and so does a VCALENDAR. */
    private static void close(Deque<Component> open, EventMapper mapper) {
        Component c = open.pop();
        Component parent = open.peek();
        if (parent == null) {
            if (c.name.equals("VCALENDAR")) {
                mapper.calendarEnded(c);
            }
        } else if (parent.name.equals("VCALENDAR")) {
            mapper.completed(parent, c);
            parent.children.remove(parent.children.size() - 1);
        }
    }

    private static String abbreviate(String text) {
        return ReadWarning.printable(text.length() <= 60 ? text : text.substring(0, 60) + "...");
    }

    /** Hands warnings to the handler as they arise; in strict mode the first one is thrown instead. */
    static final class Warnings {
        private final boolean strict;
        private final ICalendarHandler handler;

        Warnings(boolean strict, ICalendarHandler handler) {
            this.strict = strict;
            this.handler = handler;
        }

        void add(int line, String rawProperty, ReadWarning.Code code, String rawMessage) {
            // Names and values from the document appear in both; a NUL or an escape sequence must not reach a log.
            String property = ReadWarning.printable(rawProperty);
            String message = ReadWarning.printable(rawMessage);
            if (strict) {
                throw new StrictStop(new ICalendarParseException(line, property + ": " + message));
            }
            handler.warning(new ReadWarning(line, property, code, message));
        }
    }

    /** Carries a strict-mode stop out of code that cannot throw checked exceptions. */
    static final class StrictStop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StrictStop(ICalendarParseException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** Builds an {@link ICalendarReader}. Not thread-safe; the reader it builds is. */
    public static final class Builder {
        private boolean strict;
        private Optional<String> uidDomain = Optional.empty();
        private Optional<Community> community = Optional.empty();
        private final List<Agency> hosts = new ArrayList<>();
        private Optional<ZoneId> floatingZone = Optional.empty();
        private long maxInputBytes = 256L << 20;
        private int maxLineOctets = 4 << 20;
        private int maxComponents = 2_000_000;
        private int maxProperties = 10_000;
        private int maxDepth = 16;

        private Builder() {
        }

        /**
         * Makes any warning an {@link ICalendarParseException}.
         *
         * @param strict whether to stop at the first warning
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets the domain a writer appended to event ids; UIDs ending in {@code @domain} lose it again.
         *
         * @param domain the domain, as given to {@link ICalendarWriter.Builder#uidDomain(String)}
         * @return this builder
         */
        public Builder uidDomain(String domain) {
            this.uidDomain = Optional.of(Objects.requireNonNull(domain, "domain"));
            return this;
        }

        /**
         * Sets the community a feed belongs to, for events that name none.
         *
         * @param community the community
         * @return this builder
         */
        public Builder community(Community community) {
            this.community = Optional.of(Objects.requireNonNull(community, "community"));
            return this;
        }

        /**
         * Adds a host agency for events that name none, such as the department whose calendar this is.
         *
         * @param host the agency
         * @return this builder
         */
        public Builder addHost(Agency host) {
            hosts.add(Objects.requireNonNull(host, "host"));
            return this;
        }

        /**
         * Sets the zone for floating times (a DATE-TIME without TZID or Z) where the calendar names none in
         * X-WR-TIMEZONE. Unless set, they are read in the zone of the {@link #community(Community) community}, and
         * without one in UTC, with a {@link ReadWarning.Code#FLOATING_TIME} warning.
         *
         * @param zone the zone, such as the feed's community's
         * @return this builder
         */
        public Builder floatingTimeZone(ZoneId zone) {
            this.floatingZone = Optional.of(Objects.requireNonNull(zone, "zone"));
            return this;
        }

        /**
         * Sets the most bytes a document may have. 256 MiB unless set.
         *
         * @param bytes the limit, at least 1
         * @return this builder
         */
        public Builder maxInputBytes(long bytes) {
            this.maxInputBytes = positive(bytes, "maxInputBytes");
            return this;
        }

        /**
         * Sets the most octets one unfolded line may have. 4 MiB unless set.
         *
         * @param octets the limit, at least 1
         * @return this builder
         */
        public Builder maxLineOctets(int octets) {
            this.maxLineOctets = (int) positive(octets, "maxLineOctets");
            return this;
        }

        /**
         * Sets the most components (VEVENT, VTIMEZONE, ...) a document may have. 2,000,000 unless set.
         *
         * @param count the limit, at least 1
         * @return this builder
         */
        public Builder maxComponents(int count) {
            this.maxComponents = (int) positive(count, "maxComponents");
            return this;
        }

        /**
         * Sets the most properties one component may have. 10,000 unless set.
         *
         * @param count the limit, at least 1
         * @return this builder
         */
        public Builder maxPropertiesPerComponent(int count) {
            this.maxProperties = (int) positive(count, "maxPropertiesPerComponent");
            return this;
        }

        /**
         * Sets how deep components may nest. 16 unless set.
         *
         * @param depth the limit, at least 1
         * @return this builder
         */
        public Builder maxDepth(int depth) {
            this.maxDepth = (int) positive(depth, "maxDepth");
            return this;
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }

        /**
         * Builds the reader.
         *
         * @return a thread-safe reader
         */
        public ICalendarReader build() {
            return new ICalendarReader(this);
        }
    }
}
