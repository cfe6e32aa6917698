/**
 * Sample events from the news reports, and the {@code nightout} command that publishes them as files or from a
 * small feed server.
 */
module org.nightout.examples {
    // FeedServer and SampleEvents take and give core events and the iCalendar writer.
    requires transitive org.nightout.core;
    requires transitive org.nightout.ical;
    requires org.nightout.json;
    requires info.picocli;
    requires jdk.httpserver;

    exports org.nightout.examples;

    opens org.nightout.examples to info.picocli;
}
