package org.nightout.examples;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.nightout.core.Event;

/** The {@code nightout} command: lists the sample National Night Out events. */
public final class NightOut {

    private NightOut() {
    }

    /**
     * Prints the sample events, one a line: date, community, hosts, venue and status.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        for (Event e : SampleEvents.all()) {
            out.printf("%s  %-22s %-36s %-38s %s%n",
                    e.time().startDate(),
                    e.community().map(Object::toString).orElse("-"),
                    e.hosts().isEmpty() ? "(no host named)"
                            : e.hosts().stream().map(a -> a.name()).collect(Collectors.joining(", ")),
                    e.venue().map(v -> v.name()).orElse("-"),
                    e.status().kind() + e.status().reason().map(r -> " (" + r + ")").orElse(""));
        }
    }
}
