package org.nightout.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nightout.core.Event;
import org.nightout.json.NightOutModule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the feed as a JSON array, once as nightout {@link Event}s through {@link NightOutModule} and once
 * as {@link PlainEvent} records through plain Jackson. Both write the same bytes and read the same bytes; ours also
 * validates every value and parses the times, which the plain records keep as strings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {
    @Param({"16000"})
    public int events;

    private List<Event> feed;
    private List<PlainEvent> plainFeed;
    private byte[] json;
    private ObjectWriter oursWriter;
    private ObjectReader oursReader;
    private ObjectWriter plainWriter;
    private ObjectReader plainReader;

    @Setup
    public void setUp() {
        JsonMapper ours = oursMapper();
        JsonMapper plain = JsonMapper.builder().build();
        oursWriter = ours.writerFor(new TypeReference<List<Event>>() { });
        oursReader = ours.readerFor(new TypeReference<List<Event>>() { });
        plainWriter = plain.writerFor(new TypeReference<List<PlainEvent>>() { });
        plainReader = plain.readerFor(new TypeReference<List<PlainEvent>>() { });
        feed = FeedData.events(events);
        json = oursWriter.writeValueAsBytes(feed);
        plainFeed = plainReader.readValue(json);
    }

    static JsonMapper oursMapper() {
        return JsonMapper.builder().addModule(new NightOutModule()).build();
    }

    @Benchmark
    public long nightoutWrite() {
        DiscardingOutputStream out = new DiscardingOutputStream();
        oursWriter.writeValue(out, feed);
        return out.bytes();
    }

    @Benchmark
    public long jacksonWrite() {
        DiscardingOutputStream out = new DiscardingOutputStream();
        plainWriter.writeValue(out, plainFeed);
        return out.bytes();
    }

    @Benchmark
    public List<Event> nightoutRead() {
        return oursReader.readValue(json);
    }

    @Benchmark
    public List<PlainEvent> jacksonRead() {
        return plainReader.readValue(json);
    }

    /** For the test: the JSON both sides read, and what each writes. */
    byte[] json() {
        return json;
    }

    List<PlainEvent> plainFeed() {
        return plainFeed;
    }

    List<Event> feed() {
        return feed;
    }

    byte[] plainJson() {
        return plainWriter.writeValueAsBytes(plainFeed);
    }
}
