package org.nightout.core;

import java.io.Serializable;
import java.util.Objects;
import org.nightout.core.internal.Checks;

/**
 * One problem found while validating a value: which field, the offending value and the rule it broke.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type the simple name of the type being built, such as {@code "Event"}
 * @param field the field that holds the bad value, such as {@code "ori"} or {@code "time.end"}
 * @param value the offending value as text, or {@code "(absent)"} when a required value is missing
 * @param rule what was expected, such as {@code "must be 9 characters: a 2-letter state code and 7 letters or digits"}
 */
public record Violation(String type, String field, String value, String rule) implements Serializable {

    /**
     * Checks that no component is null.
     *
     * @param type the simple name of the type being built, such as {@code "Event"}
     * @param field the field that holds the bad value, such as {@code "ori"} or {@code "time.end"}
     * @param value the offending value as text, or {@code "(absent)"} when a required value is missing
     * @param rule what was expected, such as {@code "must be 9 characters: a 2-letter state code and 7 letters or digits"}
     * @throws NullPointerException if any component is null
     */
    public Violation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns the violation as one readable line, such as
     * {@code Agency.ori: "WI018001" must be 9 characters: ...}.
     *
     * @return the type, field, quoted value and rule
     */
    @Override
    public String toString() {
        return type + "." + field + ": " + value + " " + rule;
    }

    /**
     * Returns the simple name of the type being built, such as {@code "Event"}.
     *
     * @return the simple name of the type being built, such as {@code "Event"}
     */
    public String type() {
        return type;
    }

    /**
     * Returns the field that holds the bad value, such as {@code "ori"} or {@code "time.end"}.
     *
     * @return the field that holds the bad value, such as {@code "ori"} or {@code "time.end"}
     */
    public String field() {
        return field;
    }

    /**
     * Returns the offending value as text, or {@code "(absent)"} when a required value is missing.
     *
     * @return the offending value as text, or {@code "(absent)"} when a required value is missing
     */
    public String value() {
        return value;
    }

    /**
     * Returns what was expected, such as {@code "must be 9 characters: a 2-letter state code and 7 letters or digits"}.
     *
     * @return what was expected, such as {@code "must be 9 characters: a 2-letter state code and 7 letters or digits"}
     */
    public String rule() {
        return rule;
    }
}
