/**
 * nightout for Spring Framework 7 and Spring Boot 4: events served and read as {@code text/calendar}, strong ETags
 * for conditional GET, and Boot auto-configuration of the writer, the converter and {@code NightOutModule}.
 */
// Spring's jars are automatic modules, and this module's public types take and carry their types (converters,
// ObjectProvider, the Boot annotations of the auto-configuration), so users must read them: the requires are
// transitive, and javac's warning that they name automatic modules is expected.
@SuppressWarnings("requires-transitive-automatic")
module org.nightout.spring {
    requires transitive org.nightout.ical;
    requires transitive org.nightout.json;
    requires transitive org.nightout.html;
    requires transitive spring.core;
    requires transitive spring.web;
    requires transitive spring.beans;
    requires transitive spring.context;
    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;

    exports org.nightout.spring;

    // Spring creates the auto-configuration and binds the properties by reflection.
    opens org.nightout.spring to spring.core, spring.beans, spring.context, spring.boot;
}
