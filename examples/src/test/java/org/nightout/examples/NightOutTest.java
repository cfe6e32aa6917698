package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nightout.examples.Cli.run;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.examples.Cli.Result;

class NightOutTest {


    @Test
    void feed_out_writesTheSampleFeed_forTheInteropChecks() throws Exception {
        Path file = Path.of("target", "interop", "sample-feed.ics");
        Files.createDirectories(file.getParent());
        Result r = run("feed", "--out", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("wrote " + SampleEvents.all().size() + " events to " + file);
        String feed = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize(SampleEvents.all().size() + 1);
        assertThat(feed).contains("UID:nno-2017-east-hartford@example.org\r\n", "STATUS:CANCELLED\r\n")
                .doesNotContain("X-NIGHTOUT-");
    }

    @Test
    void noCommand_printsUsage_andExits2() {
        Result r = run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("Usage: nightout", "feed");
    }

    /** Only a command line that names a subcommand gets that one alone; usage and a misspelling see them all. */
    @Test
    void usageAndMisspelledCommands_seeEverySubcommand() {
        assertThat(run().out()).contains("feed", "convert", "validate", "serve", "links", "occurrences");
        assertThat(run("--help").out()).contains("feed", "convert", "validate", "serve", "links", "occurrences");
        Result misspelled = run("occurences");
        assertThat(misspelled.status()).isEqualTo(2);
        assertThat(misspelled.err()).startsWith("error: 'occurences' is no command; did you mean occurrences? The commands"
                + " are feed, convert");
        Result convert = run("convert", "--help");
        assertThat(convert.status()).isZero();
        assertThat(convert.out()).contains("Usage: nightout convert");
    }

    /**
     * convert writes UTF-8 itself where standard output is the process's own (as {@code main} sets it up): the bytes
     * are those of the characters it writes to any other PrintWriter, for both targets, non-ASCII text included.
     */
    @Test
    void convert_toTheProcessStandardOutput_writesTheUtf8OfWhatItWritesAsCharacters(@TempDir Path dir)
            throws Exception {
        Path ics = dir.resolve("events.ics");
        String title = "Block party — Niños y adultos bienvenidos 🎉, ".repeat(4);
        Files.writeString(ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:one@example.org\r\nDTSTAMP:20260701T120000Z\r\n"
                + "DTSTART;TZID=America/Chicago:20260804T180000\r\nSUMMARY:" + title + "\r\n"
                + "LOCATION:Plaza de la Comunidad\\, Beulah\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                StandardCharsets.UTF_8);
        Path json = dir.resolve("events.json");
        Files.writeString(json, run("convert", "--to", "json", ics.toString()).out(), StandardCharsets.UTF_8);
        for (String[] args : List.of(new String[] {"convert", "--to", "json", ics.toString()},
                new String[] {"convert", "--to", "ics", json.toString()})) {
            Result chars = run(args);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int status = NightOut.run(args, new NightOut.StandardOutput(bytes), new PrintWriter(new StringWriter()));

            assertThat(status).isZero();
            assertThat(chars.out()).contains("Niños", "🎉", "Beulah");
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.out());
        }
    }

    @Test
    void unknownOption_isAUsageError() {
        Result r = run("feed", "--bogus");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'");
    }

    /** A {@code serve} command running on its own thread, as a user runs it until Ctrl+C. */
    static final class RunningServer implements AutoCloseable {
        private static final Pattern URL = Pattern.compile("at (http://\\S+/)");
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile int status = -1;

        RunningServer(String... args) {
            thread = new Thread(() -> status = NightOut.run(args, new PrintWriter(out, true), new PrintWriter(err, true)),
                    "serve-under-test");
            thread.start();
        }

        /** Waits, at most ten seconds, for the command to print its URL. */
        URI uri() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                Matcher m = URL.matcher(out.toString());
                if (m.find()) {
                    return URI.create(m.group(1));
                }
                if (!thread.isAlive()) {
                    throw new AssertionError("serve ended with " + status + ": " + err);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("serve printed no URL within 10 s: " + out + err);
        }

        /** Stops the command as an interrupt does, and returns its exit status. */
        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            assertThat(thread.isAlive()).as("serve still running 10 s after the interrupt").isFalse();
            return status;
        }

        /** Stops the command if it still runs; an interrupt of the test itself while waiting is kept and reported. */
        @Override
        public void close() {
            if (thread.isAlive()) {
                try {
                    stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for serve to stop", e);
                }
            }
        }
    }

    /** Writes events to a file in the library's JSON format, as {@code serve --data} reads it. */
    static Path dataFile(Path dir, Event... events) throws Exception {
        Path file = dir.resolve("events.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            EventData.write(org.nightout.json.FeedDocument.of(List.of(events), List.of()), out);
        }
        return file;
    }

    /** An event whose title and description are markup, as a hostile data file could hold. */
    static Event markupEvent() {
        return Event.builder().id("hostile").title("<script>alert(1)</script>")
                .description("Tom & Jerry's \"party\" <b>bold</b>")
                .time(EventTime.allDay(LocalDate.of(2024, 8, 6)))
                .lastModified(Instant.parse("2024-08-01T12:00:00Z")).build();
    }

    @Test
    void serve_portZero_printsTheUrl_servesTheSample_andStopsWhenInterrupted() throws Exception {
        try (RunningServer serve = new RunningServer("serve", "--port", "0")) {
            URI uri = serve.uri();
            assertThat(uri.getPort()).isPositive();
            assertThat(serve.out.toString()).contains("Serving " + SampleEvents.all().size() + " events at " + uri,
                    uri.resolve("/feed.ics").toString());
            Http.Response feed = Http.get(uri.resolve("/feed.ics"));
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.text()).contains("UID:nno-2017-east-hartford@example.org\r\n");
            assertThat(serve.stop()).isZero();
            assertThat(serve.err.toString()).isEmpty();
        }
    }

    @Test
    void serve_calendarName_isThePagesTitleAndHeading() throws Exception {
        try (RunningServer serve = new RunningServer("serve", "--port", "0", "--calendar-name",
                "Dayton PD community events")) {
            String html = Http.get(serve.uri()).text();
            assertThat(html).contains("<title>Dayton PD community events</title>",
                    "<h1>Dayton PD community events</h1>");
            assertThat(Http.get(serve.uri().resolve("/events/nno-2017-east-hartford.html")).text())
                    .contains("<title>East Hartford National Night Out \u2013 Dayton PD community events</title>");
        }
    }

    @Test
    void serve_data_servesTheFilesEvents_andShowsMarkupAsText(@TempDir Path dir) throws Exception {
        Path file = dataFile(dir, markupEvent());
        try (RunningServer serve = new RunningServer("serve", "--port", "0", "--data", file.toString())) {
            URI uri = serve.uri();
            assertThat(serve.out.toString()).contains("Serving 1 events at");
            String html = Http.get(uri).text();
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                    "Tom &amp; Jerry&#39;s &quot;party&quot; &lt;b&gt;bold&lt;/b&gt;")
                    .doesNotContain("<script>alert", "<b>bold");
            assertThat(html.split("<script", -1)).hasSize(2); // only the JSON-LD block
            assertThat(html).contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
            assertThat(Http.get(uri.resolve("/feed.ics")).text())
                    .contains("SUMMARY:<script>alert(1)</script>\r\n", "ORGANIZER;CN=nightout:");
        }
    }

    @Test
    void serve_missingDataFile_isAnError_exit1() {
        Result r = run("serve", "--port", "0", "--data", "no-such-file.json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: no-such-file.json: no such file" + System.lineSeparator());
    }

    @Test
    void serve_brokenDataFile_namesTheLineAndPath_exit1(@TempDir Path dir) throws Exception {
        Path file = dataFile(dir, markupEvent());
        Files.writeString(file, Files.readString(file).replace("\"2024-08-06\"", "\"2024-08-32\""));
        Result r = run("serve", "--port", "0", "--data", file.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + file + ": line ").contains("/0/time/first: ")
                .doesNotContain("\tat ");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void serve_portTaken_isAnError_exit1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result r = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
        }
    }

    @Test
    void serve_portOutOfRange_isAUsageError_exit2() {
        Result r = run("serve", "--port", "70000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: Invalid value for option '--port': 70000 is not a port number from 0 to"
                + " 65535" + System.lineSeparator() + "Try 'nightout serve --help' for more information."
                + System.lineSeparator());
    }

    @Test
    void serve_help_listsTheRoutesAndOptions() {
        Result r = run("serve", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--port", "--data", "--bind", "/feed.ics", "?state=WI");
    }
}
