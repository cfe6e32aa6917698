/**
 * The nightout JSON format for Jackson 2.x: a Jackson 2 module that reads and writes the core types with the
 * formats of {@code org.nightout.json}.
 *
 * <p>Jackson 2's databind is part of this module's API ({@code NightOutJackson2Module} is a Jackson 2 module), and
 * so are the core types; Jackson 3 and {@code org.nightout.json} do the work inside and stay out of the API.
 */
@SuppressWarnings("module")
// The name ends in the major version of the Jackson it serves, as the artifact's does (nightout-json-jackson2): the
// digit is the point of the name, so javac's advice against terminal digits does not apply.
module org.nightout.json.jackson2 {
    requires transitive org.nightout.core;
    requires transitive com.fasterxml.jackson.databind;
    requires org.nightout.json;
    requires tools.jackson.databind;

    exports org.nightout.json.jackson2;

    provides com.fasterxml.jackson.databind.Module with org.nightout.json.jackson2.NightOutJackson2Module;
}
