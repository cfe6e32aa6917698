/** Sample events from the news reports, and the {@code nightout} command that publishes them. */
module org.nightout.examples {
    requires org.nightout.core;

    exports org.nightout.examples;
}
