package org.nightout.core;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * A news report about an event.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NewsLink {

    NewsLink() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder with no attributes set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns where the report is.
     *
     * @return the absolute URL
     */
    public abstract URI url();

    /**
     * Returns the report's headline.
     *
     * @return the headline, if known
     */
    public abstract Optional<String> title();

    /**
     * Returns who published the report, such as "WQOW" or "21 News".
     *
     * @return the outlet, if known
     */
    public abstract Optional<String> outlet();

    /**
     * Returns when the report was published.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> published();

    @Value.Check
    void check() {
        Checks c = Checks.of("NewsLink");
        if (c.required("url", url())) {
            c.absoluteUri("url", Optional.of(url()));
        }
        c.line("title", title());
        c.line("outlet", outlet());
        c.required("published", published());
        if (published() != null) {
            published().ifPresent(d -> c.date("published", d));
        }
        c.throwIfAny();
    }

    /**
     * Builds a {@link NewsLink}. Each setter is named after the attribute it sets and is documented on that attribute's
     * accessor in {@link NewsLink}: {@code name(...)} sets what {@code name()} returns, {@code addName(...)} adds to a
     * list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is checked until {@link
     * #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableNewsLink.Builder {
        Builder() {
        }

        /**
         * Builds a {@link NewsLink} from the attributes set so far.
         *
         * @return a new immutable news link
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public NewsLink build() {
            return super.build();
        }
    }
}
