package org.nightout.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.nightout.core.internal.Checks;

/**
 * A property of a source format that the model has no field for, kept as it was read so that writing the event
 * again loses nothing: an iCalendar {@code X-} property, say, or one from a later standard.
 *
 * <p>The value is kept in its wire form (for iCalendar, still escaped), because only the format that wrote it knows
 * how to read it. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * ExtensionProperty.of("X-MICROSOFT-CDO-BUSYSTATUS", "FREE");
 * }</pre>
 *
 * @param name the property name, letters, digits and hyphens, such as {@code X-ALT-DESC}
 * @param parameters the parameters in order, values decoded
 * @param value the value in its wire form
 */
public record ExtensionProperty(String name, List<Parameter> parameters, String value) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,200}");

    /**
     * Checks the components and copies the parameter list.
     *
     * @param name the property name, letters, digits and hyphens, such as {@code X-ALT-DESC}
     * @param parameters the parameters in order, values decoded
     * @param value the value in its wire form
     * @throws ValidationException if the name is not a token or the value holds line breaks or control characters
     */
    public ExtensionProperty {
        Checks c = Checks.of("ExtensionProperty");
        if (c.required("name", name) && !NAME.matcher(name).matches()) {
            c.fail("name", name, "must be 1 to 200 letters, digits and hyphens");
        }
        c.elements("parameters", parameters);
        if (c.required("value", value) && (Checks.hasControl(value.replace("\t", ""), false)
                || Checks.unpairedSurrogate(value) >= 0)) {
            c.fail("value", value, "must not contain line breaks, control characters other than tab or unpaired"
                    + " surrogates");
        }
        c.throwIfAny();
        parameters = List.copyOf(parameters);
    }

    /**
     * Obtains a property without parameters.
     *
     * @param name the property name
     * @param value the value in its wire form
     * @return the property
     * @throws NullPointerException if an argument is null
     * @throws ValidationException if the name or value is invalid
     */
    public static ExtensionProperty of(String name, String value) {
        return new ExtensionProperty(Objects.requireNonNull(name, "name"), List.of(),
                Objects.requireNonNull(value, "value"));
    }

    /**
     * One parameter of an extension property, such as {@code FMTTYPE=text/html}.
     *
     * @param name the parameter name
     * @param value the decoded value; a list parameter keeps its commas
     */
    public record Parameter(String name, String value) {

        /**
         * Checks the components.
         *
         * @param name the parameter name
         * @param value the decoded value; a list parameter keeps its commas
         * @throws ValidationException if the name is not a token or the value holds control characters
         */
        public Parameter {
            Checks c = Checks.of("ExtensionProperty.Parameter");
            if (c.required("name", name) && !NAME.matcher(name).matches()) {
                c.fail("name", name, "must be 1 to 200 letters, digits and hyphens");
            }
            if (c.required("value", value) && (Checks.hasControl(value.replace("\t", ""), false)
                    || Checks.unpairedSurrogate(value) >= 0)) {
                c.fail("value", value, "must not contain line breaks, control characters other than tab or"
                        + " unpaired surrogates");
            }
            c.throwIfAny();
        }

        /**
         * Obtains a parameter.
         *
         * @param name the parameter name
         * @param value the decoded value
         * @return the parameter
         * @throws NullPointerException if an argument is null
         * @throws ValidationException if the name is not a token or the value holds control characters
         */
        public static Parameter of(String name, String value) {
            return new Parameter(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        }

        /**
         * Returns the parameter name.
         *
         * @return the parameter name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the decoded value; a list parameter keeps its commas.
         *
         * @return the decoded value; a list parameter keeps its commas
         */
        public String value() {
            return value;
        }
    }

    /**
     * Returns the property name, letters, digits and hyphens, such as {@code X-ALT-DESC}.
     *
     * @return the property name, letters, digits and hyphens, such as {@code X-ALT-DESC}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the parameters in order, values decoded.
     *
     * @return the parameters in order, values decoded
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * Returns the value in its wire form.
     *
     * @return the value in its wire form
     */
    public String value() {
        return value;
    }
}
