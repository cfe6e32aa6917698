/**
 * nightout for Jakarta REST 3.1 and later: providers that write and read events as {@code text/calendar} and as
 * the library's JSON.
 */
module org.nightout.jaxrs {
    requires transitive org.nightout.ical;
    requires transitive org.nightout.json;
    requires transitive jakarta.ws.rs;

    exports org.nightout.jaxrs;
}
