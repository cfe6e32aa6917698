package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NightOutTest {

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NightOut.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

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
        assertThat(feed).contains("UID:nno-2017-east-hartford@example.org\r\n", "STATUS:CANCELLED\r\n",
                "X-NIGHTOUT-STATUS-REASON:pandemic\r\n");
    }

    @Test
    void noCommand_printsUsage_andExits2() {
        Result r = run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("Usage: nightout", "feed");
    }

    @Test
    void unknownOption_isAUsageError() {
        Result r = run("feed", "--bogus");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'");
    }
}
