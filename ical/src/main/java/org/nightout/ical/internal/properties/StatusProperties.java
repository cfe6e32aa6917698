package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.lines.Formats;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.zones.ZoneYears;

/**
 * STATUS and the {@code X-NIGHTOUT-STATUS}, {@code -STATUS-REASON}, {@code -PREVIOUS-START} and
 * {@code -PREVIOUS-END} that carry what iCalendar's three statuses cannot: postponed and rescheduled events, the
 * reason and the time a rescheduled event had before.
 */
public final class StatusProperties {
    /** The properties the writer writes from {@link Event#status()}. */
    public static final Set<String> WRITES = Set.of("STATUS");

    private StatusProperties() {
    }

    /** The value of a line, stripped and in upper case; empty where there is no line. */
    private static String upperCaseValue(ContentLine line) {
        return line == null ? "" : line.value.strip().toUpperCase(Locale.ROOT);
    }

    public static EventStatus status(ReadContext ctx, Component v, EventTime time) {
        ContentLine reasonLine = v.firstOrNull(NightOutFields.STATUS_REASON);
        Optional<String> reason = reasonLine == null ? Optional.empty()
                : Optional.of(ctx.line(reasonLine)).filter(r -> !r.isBlank());
        String detail = upperCaseValue(v.firstOrNull(NightOutFields.STATUS));
        String standard = upperCaseValue(v.takeOrNull("STATUS"));
        if (detail.equals("POSTPONED")) {
            return reason.map(EventStatus::postponed).orElseGet(EventStatus::postponed);
        }
        if (detail.equals("RESCHEDULED")) {
            Optional<EventTime> previous = v.first(NightOutFields.PREVIOUS_START)
                    .flatMap(p -> TimeProperties.spanFrom(ctx, v, ctx.time(p, p.value), v.first(NightOutFields.PREVIOUS_END)));
            if (previous.isPresent() && !previous.get().equals(time)) {
                return reason.map(r -> EventStatus.rescheduled(previous.get(), r))
                        .orElseGet(() -> EventStatus.rescheduled(previous.get()));
            }
            ctx.warnings.add(v.line, NightOutFields.STATUS, ReadWarning.Code.INVALID_VALUE,
                    "RESCHEDULED without a usable " + NightOutFields.PREVIOUS_START + "; read as confirmed");
            return EventStatus.confirmed();
        }
        switch (standard) {
            case "CANCELLED":
                return reason.map(EventStatus::cancelled).orElseGet(EventStatus::cancelled);
            case "CONFIRMED":
                return EventStatus.confirmed();
            case "TENTATIVE":
                return EventStatus.tentative();
            case "":
                return EventStatus.scheduled();
            default:
                ctx.warnings.add(v.first("STATUS").get().line, "STATUS", ReadWarning.Code.INVALID_VALUE, "\"" + standard
                        + "\" is no VEVENT status (TENTATIVE, CONFIRMED, CANCELLED); read as scheduled");
                return EventStatus.scheduled();
        }
    }

    /** Writes STATUS, and in the full profile the exact status, the previous time and the reason. */
    public static void writeStatus(ContentLines out, EventStatus status, ZoneYears zones, boolean full) throws IOException {
        String standard = switch (status.kind()) {
            case SCHEDULED -> null;
            case CONFIRMED, RESCHEDULED -> "CONFIRMED";
            case TENTATIVE, POSTPONED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
        };
        if (standard != null) {
            out.name("STATUS").value(standard);
        }
        if (!full) {
            return;
        }
        if (status.kind() == EventStatus.Kind.POSTPONED || status.kind() == EventStatus.Kind.RESCHEDULED) {
            out.name(NightOutFields.STATUS).value(status.kind().name());
        }
        if (status.previousTime().isPresent()) {
            EventTime previous = status.previousTime().get();
            TimeProperties.writeStart(out, NightOutFields.PREVIOUS_START, previous, zones);
            if (previous instanceof EventTime.Timed t && t.end().isPresent()) {
                TimeProperties.writeDateTime(out, NightOutFields.PREVIOUS_END, t.end().get(), zones);
            } else if (previous instanceof EventTime.AllDay d) {
                out.name(NightOutFields.PREVIOUS_END).param("VALUE", "DATE").value(Formats.date(d.endExclusive()));
            }
        }
        if (status.reason().isPresent()) {
            out.name(NightOutFields.STATUS_REASON).text(status.reason().get());
        }
    }
}
