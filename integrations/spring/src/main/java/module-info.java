/**
 * nightout for Spring Framework 7 and Spring Boot 4: events served and read as {@code text/calendar}, strong ETags
 * for conditional GET, and Boot auto-configuration of the writer, the converter and {@code NightOutModule}.
 */
module org.nightout.spring {
    requires transitive org.nightout.ical;
    requires transitive org.nightout.json;
    requires transitive spring.core;
    requires transitive spring.web;
    requires spring.beans;
    requires spring.context;
    requires spring.boot;
    requires spring.boot.autoconfigure;

    exports org.nightout.spring;

    // Spring creates the auto-configuration and binds the properties by reflection.
    opens org.nightout.spring to spring.core, spring.beans, spring.context, spring.boot;
}
