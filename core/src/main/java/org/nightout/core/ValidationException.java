package org.nightout.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a domain value is built from invalid data. It lists every problem found, not just the first.
 *
 * <pre>{@code
 * try {
 *     GeoPoint.of(123, 10);
 * } catch (ValidationException e) {
 *     e.violations().get(0).field(); // "latitude"
 * }
 * }</pre>
 */
public final class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The violations, an unmodifiable list; serialized with the exception, so it is never null. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list, and Violation is serializable
    private final List<Violation> violations;

    /**
     * Creates an exception for one or more violations.
     *
     * @param violations the problems found, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A ValidationException needs at least one violation");
        }
        String type = violations.get(0).type();
        return "Invalid " + type + ": " + violations.stream()
                .map(v -> (v.type().equals(type) ? "" : v.type() + ".") + v.field() + ": " + v.value() + " " + v.rule())
                .collect(Collectors.joining("; "));
    }

    /**
     * Returns every problem found, in the order the fields were checked.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }
}
