/** Sample events from the news reports, and the {@code nightout} command that publishes them. */
module org.nightout.examples {
    requires org.nightout.core;
    requires org.nightout.ical;
    requires info.picocli;

    exports org.nightout.examples;

    opens org.nightout.examples to info.picocli;
}
