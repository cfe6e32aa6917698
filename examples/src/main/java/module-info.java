/**
 * The {@code nightout} command, which publishes events as files or from a small feed server, and the sample events
 * from the news reports that it serves by default. A program, not an API: it exports nothing (the integrations'
 * tests take {@code SampleEvents} on the class path).
 */
module org.nightout.examples {
    requires org.nightout.core;
    requires org.nightout.ical;
    requires org.nightout.json;
    requires org.nightout.html;
    requires org.nightout.csv;
    requires info.picocli;
    requires jdk.httpserver;

    opens org.nightout.examples to info.picocli;
}
