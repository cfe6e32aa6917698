/**
 * nightout events as JSON: a Jackson 3 module for the core types, with a JSON Schema of the wire format, and a
 * writer of schema.org Event JSON-LD for web pages.
 *
 * <p>Both modules required here are part of this module's API ({@code NightOutModule} is a Jackson module and reads
 * core types), so users get them too.
 */
module org.nightout.json {
    requires transitive org.nightout.core;
    requires transitive tools.jackson.databind;

    exports org.nightout.json;

    provides tools.jackson.databind.JacksonModule with org.nightout.json.NightOutModule;
}
