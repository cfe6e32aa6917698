/**
 * nightout events as a web page: server-rendered HTML for residents, with each event's add-to-calendar links (from
 * {@code org.nightout.ical}) and schema.org JSON-LD (from {@code org.nightout.json}).
 *
 * <p>Only core types appear in this module's API, so core is the one module users get from it.
 */
module org.nightout.html {
    requires transitive org.nightout.core;
    requires org.nightout.ical;
    requires org.nightout.json;

    exports org.nightout.html;
}
