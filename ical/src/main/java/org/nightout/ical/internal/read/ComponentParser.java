package org.nightout.ical.internal.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.nightout.ical.ICalendarParseException;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.LineReader;

/**
 * The components open at a point of the document, and what its lines so far said about its structure.
 *
 * <p>One call per line rather than one long loop: a method that runs once is compiled late, on a count of its
 * loop's turns, and until then every line of the document passes through the interpreter; a method called for
 * each line is compiled after a few events.
 */
public final class ComponentParser {
    private final ReadOptions options;
    private final Warnings warnings;
    private final ComponentSink mapper;
    private final Deque<Component> open = new ArrayDeque<>();
    private int components;
    private boolean sawAnything;
    /** The last VCALENDAR closed, reopened when components follow its END (some writers append events there). */
    private Component lastCalendar;
    private boolean reopened;

    private ComponentParser(ReadOptions options, Warnings warnings, ComponentSink mapper) {
        this.options = options;
        this.warnings = warnings;
        this.mapper = mapper;
    }

    /** Takes a logical line that starts on physical line {@code line}; {@code plain} as {@link LineReader#plain}. */
    public void line(String text, int line, boolean plain) throws ICalendarParseException {
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
            if (++components > options.maxComponents()) {
                throw new ICalendarParseException(line, "more than " + options.maxComponents()
                        + " components; raise the limit with maxComponents if the input is trusted");
            }
            if (open.size() >= options.maxDepth()) {
                throw new ICalendarParseException(line, "components nested deeper than " + options.maxDepth()
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
            if (c.properties.size() >= options.maxProperties()) {
                throw new ICalendarParseException(line, "more than " + options.maxProperties() + " properties in "
                        + c.name + " from line " + c.line
                        + "; raise the limit with maxPropertiesPerComponent if the input is trusted");
            }
            c.add(cl);
        }
    }

    /** Closes what the document left open, at its last physical line. */
    public void end(int physicalLine) throws ICalendarParseException {
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

    /**
     * Reads the document's components, handing each one that sits directly in a VCALENDAR to the mapper as soon as it
     * is complete, so that an event's lines are let go once it is mapped: memory grows with the largest event and the
     * events the mapper keeps, not with the document.
     */
    public static void parse(LineReader lines, ReadOptions options, Warnings warnings, ComponentSink mapper)
            throws IOException {
        ComponentParser parser = new ComponentParser(options, warnings, mapper);
        String text;
        while ((text = lines.next()) != null) {
            parser.line(text, lines.line(), lines.plain());
        }
        parser.end(lines.physicalLine());
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
    private static void closeUnclosedTopLevel(Deque<Component> open, ComponentSink mapper, Warnings warnings, int line,
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
    private static void close(Deque<Component> open, ComponentSink mapper) {
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
        return Warnings.printable(text.length() <= 60 ? text : text.substring(0, 60) + "...");
    }
}
