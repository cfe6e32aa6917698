package org.nightout.ical;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One problem {@link FeedLinter} found: which rule, where it starts and what it says about this feed. The severity,
 * the apps, the reason and the fix are the rule's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule that found it
 * @param line the physical line (1-based) where the problem starts, the first line of a folded one; empty where it
 *     concerns the whole file or the HTTP response
 * @param property the property, component or HTTP header concerned, such as {@code DTSTART}, {@code VTIMEZONE} or
 *     {@code Content-Type}; empty where none is
 * @param message what is wrong in this feed, naming the values concerned
 */
public record LintFinding(LintRule rule, OptionalInt line, Optional<String> property, String message) {

    /**
     * Checks the components.
     *
     * @param rule the rule that found it
     * @param line the physical line (1-based) where the problem starts, or empty
     * @param property the property, component or header concerned, or empty
     * @param message what is wrong in this feed
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the line is below 1
     */
    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("Line " + line.getAsInt() + " must be 1 or more");
        }
    }

    /**
     * Returns the rule's severity.
     *
     * @return the severity
     */
    public LintRule.Severity severity() {
        return rule.severity();
    }

    /**
     * Returns the apps the rule concerns; empty for a rule of the RFC that concerns no app in particular.
     *
     * @return an unmodifiable set
     */
    public Set<LintTarget> targets() {
        return rule.targets();
    }

    /**
     * Returns the finding as {@code line 12: error: tzid-without-vtimezone: DTSTART: message}; {@code file} in place of
     * the line where it concerns the whole file.
     *
     * @return one line of text
     */
    @Override
    public String toString() {
        return (line.isPresent() ? "line " + line.getAsInt() : "file") + ": " + rule.severity().id() + ": "
                + rule.id() + ": " + property.map(p -> p + ": ").orElse("") + message;
    }

    /**
     * Returns the rule that found it.
     *
     * @return the rule that found it
     */
    public LintRule rule() {
        return rule;
    }

    /**
     * Returns the physical line (1-based) where the problem starts, the first line of a folded one; empty where it
     * concerns the whole file or the HTTP response.
     *
     * @return the physical line (1-based) where the problem starts, the first line of a folded one; empty where it
     *     concerns the whole file or the HTTP response
     */
    public OptionalInt line() {
        return line;
    }

    /**
     * Returns the property, component or HTTP header concerned, such as {@code DTSTART}, {@code VTIMEZONE} or {@code
     * Content-Type}; empty where none is.
     *
     * @return the property, component or HTTP header concerned, such as {@code DTSTART}, {@code VTIMEZONE} or {@code
     *     Content-Type}; empty where none is
     */
    public Optional<String> property() {
        return property;
    }

    /**
     * Returns what is wrong in this feed, naming the values concerned.
     *
     * @return what is wrong in this feed, naming the values concerned
     */
    public String message() {
        return message;
    }
}
