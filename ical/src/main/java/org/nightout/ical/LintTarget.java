package org.nightout.ical;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A calendar app that subscribers read a feed in, for {@link FeedLinter#withTargets(Set)}: a lint for some apps
 * reports the rules that concern them and the rules that concern no app in particular (a strict parser's, RFC 5545's).
 *
 * <pre>{@code
 * Set<LintTarget> targets = LintTarget.parse("google,outlook");   // or "all"
 * }</pre>
 */
public enum LintTarget {
    /** Google Calendar, subscribed "from URL": fetches the feed itself every 8 to 24 hours. */
    GOOGLE,
    /** Outlook (desktop, outlook.com and Microsoft 365), subscribed as an Internet calendar. */
    OUTLOOK,
    /** Apple Calendar on macOS and iOS, subscribed as a calendar subscription. */
    APPLE;

    /**
     * Returns the name as the command line takes it: {@code google}, {@code outlook} or {@code apple}.
     *
     * @return the lower-case name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a comma-separated list of apps, such as {@code google,outlook}, in any letter case; {@code all} stands for
     * every app.
     *
     * @param list the names
     * @return the apps, never empty
     * @throws NullPointerException if {@code list} is null
     * @throws IllegalArgumentException if a name is none of google, outlook, apple and all, or the list is empty
     */
    public static Set<LintTarget> parse(String list) {
        Objects.requireNonNull(list, "list");
        Set<LintTarget> targets = EnumSet.noneOf(LintTarget.class);
        for (String part : list.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                targets.addAll(EnumSet.allOf(LintTarget.class));
                continue;
            }
            LintTarget found = null;
            for (LintTarget t : values()) {
                if (t.id().equals(name)) {
                    found = t;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("Target \"" + part.strip() + "\" is not one of google, outlook,"
                        + " apple, all");
            }
            targets.add(found);
        }
        return targets;
    }
}
