package org.nightout.benchmarks;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.nightout.core.Event;
import org.nightout.core.EventTime;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.Venue;

/**
 * The events every benchmark writes. A fixed seed and a fixed modification time make each run write the same
 * feed, so results from different days compare like with like.
 */
public final class FeedData {
    static final String PUBLISHER = "Night Out Coordinators of América";
    static final URI PUBLISHER_ADDRESS = URI.create("mailto:nno@example.org");
    static final String PRODID = "-//nightout//benchmarks//EN";
    static final Instant MODIFIED = Instant.parse("2026-07-01T12:00:00Z");
    private static final long SEED = 20260804L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);

    /** Zone, town and state, so the times and addresses in one event agree with each other. */
    private record Place(ZoneId zone, String town, UsState state) {
        Place(String zone, String town, UsState state) {
            this(ZoneId.of(zone), town, state);
        }
    }

    private static final List<Place> PLACES = List.of(
            new Place("America/New_York", "Bayamón Heights", UsState.NY),
            new Place("America/Chicago", "Eau Claire", UsState.WI),
            new Place("America/Denver", "Cañon City", UsState.CO),
            new Place("America/Phoenix", "Tucson", UsState.AZ),
            new Place("America/Los_Angeles", "San José", UsState.CA),
            new Place("America/Anchorage", "Anchorage", UsState.AK),
            new Place("America/Adak", "Adak", UsState.AK),
            new Place("America/Juneau", "Juneau", UsState.AK),
            new Place("America/Sitka", "Sitka", UsState.AK),
            new Place("America/Yakutat", "Yakutat", UsState.AK),
            new Place("America/Nome", "Nome", UsState.AK),
            new Place("America/Metlakatla", "Metlakatla", UsState.AK),
            new Place("Pacific/Honolulu", "Hāwī", UsState.HI),
            new Place("America/Boise", "Boise", UsState.ID),
            new Place("America/Detroit", "Detroit", UsState.MI),
            new Place("America/Menominee", "Menominee", UsState.MI),
            new Place("America/Indiana/Indianapolis", "Indianapolis", UsState.IN),
            new Place("America/Indiana/Knox", "Knox", UsState.IN),
            new Place("America/Indiana/Marengo", "Marengo", UsState.IN),
            new Place("America/Indiana/Petersburg", "Petersburg", UsState.IN),
            new Place("America/Indiana/Tell_City", "Tell City", UsState.IN),
            new Place("America/Indiana/Vevay", "Vevay", UsState.IN),
            new Place("America/Indiana/Vincennes", "Vincennes", UsState.IN),
            new Place("America/Indiana/Winamac", "Winamac", UsState.IN),
            new Place("America/Kentucky/Louisville", "Louisville", UsState.KY),
            new Place("America/Kentucky/Monticello", "Monticello", UsState.KY),
            new Place("America/North_Dakota/Center", "Center", UsState.ND),
            new Place("America/North_Dakota/New_Salem", "New Salem", UsState.ND),
            new Place("America/North_Dakota/Beulah", "Beulah", UsState.ND),
            new Place("America/Puerto_Rico", "Mayagüez", UsState.PR),
            new Place("America/St_Thomas", "Charlotte Amalie", UsState.VI),
            new Place("America/New_York", "Española Heights", UsState.FL),
            new Place("America/Chicago", "Nuevo León Park", UsState.TX),
            new Place("America/Denver", "Española", UsState.NM),
            new Place("America/Los_Angeles", "La Cañada Flintridge", UsState.CA),
            new Place("Europe/Berlin", "Ramstein Base Housing", UsState.DC),
            new Place("Asia/Tokyo", "Yokosuka Naval Base", UsState.DC),
            new Place("Pacific/Guam", "Hagåtña Liaison Office", UsState.DC),
            new Place("Europe/London", "Lakenheath Housing", UsState.DC),
            new Place("America/Toronto", "Niagara Falls Crossing", UsState.NY));

    private static final String[] TITLES = {
        "National Night Out at %s",
        "Noche Nacional: fiesta del barrio en %s",
        "Block party, %s; all welcome",
        "Ice cream social & K-9 demo — %s",
        "Back-to-school \"Night Out\" in %s",
        "Café con la policía: %s",
        "Neighborhood walk (C:\\routes\\north) – %s",
        "Fête de quartier à %s 🎉",
    };

    private static final String[] DESCRIPTIONS = {
        "Music, games, raffles and giveaways.\nAll ages welcome; bring a chair, a blanket.",
        "Meet officers from the %s precinct, tour a fire truck and try the K-9 obstacle course.\n"
                + "Food trucks: tacos, crêpes, bánh mì; vegetarian options.",
        "Rain date: the following evening, same place.\nParking at the church lot; overflow on Main St, north side.",
        "¡Habrá música, juegos y comida! Niños y adultos bienvenidos; traigan sillas.\n"
                + "Contacto: oficina del sheriff, extensión 4; pregunte por Ana Núñez.",
        "Path for the route map: \\\\shares\\nno\\map.pdf; printed copies at the table.\n"
                + "Wheelchair-accessible entrance on the east side, by the café.",
    };

    private static final String[] VENUES = {
        "%s Community Park", "Plaza de la Comunidad", "Fire Station No. 3", "Bibliothèque municipale",
        "Lincoln Elementary, Gym & Field", "Riverside Pavilion; north lot",
    };

    private FeedData() {
    }

    /**
     * Builds {@code count} events spread over the zones, the summer and the evening hours.
     *
     * @param count how many events
     * @return the events, in a fixed order: {@code event(0)} to {@code event(count - 1)}
     */
    public static List<Event> events(int count) {
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(i));
        }
        return events;
    }

    /**
     * The same events as {@link #events(int)}, built one at a time as they are iterated and never held together,
     * so that a feed of any size can be streamed in a small heap. Each iteration builds them afresh.
     *
     * @param count how many events
     * @return an iterable over {@code event(0)} to {@code event(count - 1)}
     */
    public static Iterable<Event> lazyEvents(int count) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Event next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return event(next++);
            }
        };
    }

    /**
     * The event at {@code index}: a pure function of the index, so any event can be built alone and again.
     *
     * @param index zero or more
     * @return the event
     */
    public static Event event(int index) {
        // Each event draws from its own generator, seeded from the feed's seed and the index. SplittableRandom
        // mixes its seed, so neighbouring indexes give unrelated events.
        SplittableRandom random = new SplittableRandom(SEED + 0x9E3779B97F4A7C15L * index);
        Place p = PLACES.get(random.nextInt(PLACES.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(120));
        ZonedDateTime start = ZonedDateTime.of(day.atTime(17 + random.nextInt(3), 30 * random.nextInt(2)), p.zone());
        ZonedDateTime end = start.plusHours(2 + random.nextInt(3));
        String description = DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)];
        return Event.builder()
                .id("nno-" + day.getYear() + "-" + index)
                .title(String.format(TITLES[random.nextInt(TITLES.length)], p.town()))
                .description(description.contains("%s") ? String.format(description, p.town()) : description)
                .venue(Venue.builder()
                        .name(String.format(VENUES[random.nextInt(VENUES.length)], p.town()))
                        .address(PostalAddress.builder().locality(p.town()).state(p.state()).build())
                        .build())
                .time(EventTime.of(start, end))
                .lastModified(MODIFIED)
                .build();
    }

    /** The LOCATION text our writer gives, so the baselines write the same words. */
    static String location(Event e) {
        Venue v = e.venue().orElseThrow();
        return v.name() + ", " + v.address().orElseThrow().oneLine();
    }
}
