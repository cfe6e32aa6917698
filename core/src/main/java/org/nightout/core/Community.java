package org.nightout.core;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nightout.core.internal.Checks;

/**
 * A community that hosts or takes part in events: a city, town, village, township, borough, county or region.
 *
 * <p>Every community is in a {@link UsState} and has an IANA time zone, the zone its local event times are
 * given in. Its real-world identifiers are optional but checked when present: an Open Civic Data division id
 * ({@code ocd-division/country:us/state:wi/place:eau_claire}) whose state must be this community's, and a
 * Census GEOID whose first two digits must be the state's FIPS code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Community {
    private static final Pattern OCD = Pattern.compile(
            "ocd-division/country:us(?:/[a-z_]+:[\\p{Ll}0-9_.~-]+)*");
    private static final Pattern OCD_STATE = Pattern.compile("/(?:state|territory|district):([a-z]{2})(?:/|$)");
    private static final Pattern GEOID = Pattern.compile("\\d{2}|\\d{5}|\\d{7}|\\d{10}|\\d{11}|\\d{12}|\\d{15}");

    Community() {
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
     * Returns the community's name as people write it, such as "Eau Claire" or "Liberty Township".
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns what kind of place this is.
     *
     * @return the kind
     */
    public abstract CommunityKind kind();

    /**
     * Returns the state the community is in.
     *
     * @return the state
     */
    public abstract UsState state();

    /**
     * Returns the name of the wider region the community belongs to, such as "Chippewa Valley".
     *
     * @return the region's name, if known
     */
    public abstract Optional<String> region();

    /**
     * Returns the IANA time zone of the community, such as {@code America/Chicago}.
     *
     * @return a region-based zone id, never a fixed offset
     */
    public abstract ZoneId zone();

    /**
     * Returns the Open Civic Data division id, such as {@code ocd-division/country:us/state:wi/place:eau_claire}.
     *
     * @return the id, if known
     */
    public abstract Optional<String> ocdId();

    /**
     * Returns the Census GEOID: 2 digits for a state, 5 for a county, 7 for a place, 10 for a county subdivision.
     *
     * @return the GEOID, if known
     */
    public abstract Optional<String> geoid();

    @Value.Check
    void check() {
        Checks c = Checks.of("Community");
        c.line("name", name());
        c.required("kind", kind());
        boolean hasState = c.required("state", state());
        if (c.required("zone", zone()) && zone() instanceof ZoneOffset) {
            c.fail("zone", zone(), "must be an IANA zone id such as America/Chicago, not a fixed offset");
        }
        c.line("region", region());
        c.matches("ocdId", ocdId(), OCD,
                "must be an Open Civic Data division id such as ocd-division/country:us/state:wi/place:eau_claire");
        c.matches("geoid", geoid(), GEOID, "must be a Census GEOID of 2, 5, 7, 10, 11, 12 or 15 digits");
        if (hasState && c.required("ocdId", ocdId()) && ocdId().isPresent()) {
            Matcher m = OCD_STATE.matcher(ocdId().get());
            if (m.find() && !m.group(1).equalsIgnoreCase(state().code())) {
                c.fail("ocdId", ocdId(), "names state " + m.group(1) + " but the community is in " + state().code());
            }
        }
        if (hasState && c.required("geoid", geoid()) && geoid().isPresent()
                && GEOID.matcher(geoid().get()).matches() && !geoid().get().startsWith(state().fips())) {
            c.fail("geoid", geoid(), "must start with " + state().fips() + ", the FIPS code of " + state().displayName());
        }
        c.throwIfAny();
    }

    /**
     * Returns the name and state as people write them, such as "Eau Claire, WI". {@link #toString()} shows every
     * attribute instead.
     *
     * @return a short label for people
     */
    public String displayName() {
        return name() + ", " + state().code();
    }

    /**
     * Builds a {@link Community}. Each setter is named after the attribute it sets and is documented on that
     * attribute's accessor in {@link Community}: {@code name(...)} sets what {@code name()} returns, {@code
     * addName(...)} adds to a list or set, and an optional attribute takes its value or an {@code Optional}. Nothing is
     * checked until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder extends ImmutableCommunity.Builder {
        Builder() {
        }

        /**
         * Builds a {@link Community} from the attributes set so far.
         *
         * @return a new immutable community
         * @throws ValidationException listing every problem at once, a required attribute left unset among them
         */
        @Override
        public Community build() {
            return super.build();
        }
    }
}
