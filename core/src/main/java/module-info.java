/**
 * The nightout domain model: immutable, null-free types for police-community events.
 *
 * <p>This module has no runtime dependencies. Immutables is used at compile time only.
 */
@SuppressWarnings("module")
// The qualified export below names the adapters, which depend on this module and so cannot be on its module path
// when it is compiled: javac's "module not found" for them is expected.
module org.nightout.core {
    requires static org.immutables.value.annotations;

    exports org.nightout.core;
    exports org.nightout.core.recurrence;
    /**
     * Date digits shared by the adapters, so that they cannot drift, the compact table of ids that streaming
     * reads keep, and the Sha256 digests; not part of the API.
     */
    exports org.nightout.core.internal to org.nightout.ical, org.nightout.json, org.nightout.csv;
}
