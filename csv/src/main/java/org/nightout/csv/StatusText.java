package org.nightout.csv;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nightout.core.EventStatus;

/**
 * A status column as people fill it: {@code Cancelled} or {@code Canceled}, with or without a reason after it
 * ({@code Cancelled - severe weather}, {@code Canceled (rain)}); {@code Postponed}, likewise; {@code Confirmed},
 * {@code Approved}; {@code Tentative}, {@code Pending}; {@code Scheduled}, {@code Registered}, {@code Active},
 * {@code Yes}. A cancellation must say why for a campaign's event, and feeds show the reason, so a cancelled row that
 * gives none gets {@value #NO_REASON}: a public feed then reads "Cancelled: no reason given in the sign-up sheet."
 */
final class StatusText {
    /** The reason of a cancellation or postponement that the sheet gives none for. */
    static final String NO_REASON = "no reason given in the sign-up sheet";
    private static final Pattern WITH_REASON = Pattern.compile(
            "(?i)\\s*(cancell?ed|cancel|postponed)\\b\\s*(?:[-:\u2013\u2014,(]+\\s*)?(.*?)\\)?\\s*");

    private StatusText() {
    }

    /**
     * Reads a status.
     *
     * @throws IllegalArgumentException naming the words that are read
     */
    static EventStatus parse(String text) {
        Matcher m = WITH_REASON.matcher(text);
        if (m.matches()) {
            String reason = m.group(2).isBlank() ? NO_REASON : m.group(2).replaceAll("\\s+", " ").strip();
            return m.group(1).toLowerCase(Locale.ROOT).startsWith("cancel") ? EventStatus.cancelled(reason)
                    : EventStatus.postponed(reason);
        }
        switch (Column.key(text)) {
            case "", "scheduled", "registered", "active", "yes", "open", "ok", "new", "planned" -> {
                return EventStatus.scheduled();
            }
            case "confirmed", "approved" -> {
                return EventStatus.confirmed();
            }
            case "tentative", "pending", "maybe", "unconfirmed" -> {
                return EventStatus.tentative();
            }
            default -> throw new IllegalArgumentException("not a status: write Scheduled, Confirmed, Tentative,"
                    + " Postponed or Cancelled (a reason may follow, as in \"Cancelled - rain\")");
        }
    }

    /** The cell {@link #parse} reads back to the same status. */
    static String format(EventStatus status) {
        return switch (status.kind()) {
            case SCHEDULED -> "";
            case CONFIRMED -> "Confirmed";
            case TENTATIVE -> "Tentative";
            case CANCELLED -> "Cancelled - " + status.reason().orElse(NO_REASON);
            case POSTPONED -> "Postponed - " + status.reason().orElse(NO_REASON);
            case RESCHEDULED -> "";
        };
    }
}
