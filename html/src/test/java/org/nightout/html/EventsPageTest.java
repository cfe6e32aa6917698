package org.nightout.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nightout.core.Activity;
import org.nightout.core.ActivityKind;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.Campaign;
import org.nightout.core.Community;
import org.nightout.core.CommunityKind;
import org.nightout.core.Contact;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.ExtensionProperty;
import org.nightout.core.GeoPoint;
import org.nightout.core.Participant;
import org.nightout.core.ParticipantRole;
import org.nightout.core.Person;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;
import org.nightout.core.Venue;

class EventsPageTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Community EAU_CLAIRE = Community.builder().name("Eau Claire").kind(CommunityKind.CITY)
            .state(UsState.WI).region("Chippewa Valley").zone(CHICAGO).build();
    private static final Community CHIPPEWA_FALLS = Community.builder().name("Chippewa Falls")
            .kind(CommunityKind.CITY).state(UsState.WI).zone(CHICAGO).build();
    private static final Agency ECPD = Agency.builder().name("Eau Claire Police Department").shortName("ECPD")
            .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(EAU_CLAIRE).build();
    /** Noon in Eau Claire on 2026-07-20, two weeks before National Night Out. */
    private static final Clock JULY_20 = Clock.fixed(Instant.parse("2026-07-20T17:00:00Z"), CHICAGO);

    private static Event.Builder event(String id, String title, LocalDate day) {
        return Event.builder().id(id).title(title).campaign(Campaign.nationalNightOut()).community(EAU_CLAIRE)
                .time(EventTime.allDay(day)).lastModified(Instant.parse("2026-07-01T00:00:00Z"));
    }

    private static final Event CARSON_PARK = event("carson-park-2026", "National Night Out at Carson Park",
            LocalDate.of(2026, 8, 4)).addHosts(ECPD)
            .venue(Venue.builder().name("Carson Park").geo(GeoPoint.of(44.8113, -91.5147)).build())
            .addActivities(Activity.of(ActivityKind.MUSIC)).build();
    private static final Event FAIRGROUNDS = event("fairgrounds-2026", "Night Out at the fairgrounds",
            LocalDate.of(2026, 7, 28)).community(CHIPPEWA_FALLS)
            .venue(Venue.builder().name("Northern Wisconsin State Fairgrounds").address(PostalAddress.builder()
                    .street("225 Edward St").locality("Chippewa Falls").state(UsState.WI).build()).build())
            .build();
    private static final Event LAST_YEAR = event("carson-park-2025", "National Night Out 2025",
            LocalDate.of(2025, 8, 5)).build();
    private static final Event CANCELLED_2020 = event("carson-park-2020", "National Night Out 2020",
            LocalDate.of(2020, 8, 4)).status(EventStatus.cancelled("COVID-19 pandemic")).build();
    private static final Event RAINED_OUT = event("block-party-2026", "Block party on Elm Street",
            LocalDate.of(2026, 8, 4)).status(EventStatus.cancelled("severe weather"))
            .venue(Venue.builder().name("The Smiths' backyard").privateResidence(true)
                    .address(PostalAddress.builder().street("1234 Elm St").locality("Eau Claire").state(UsState.WI)
                            .postalCode("54703").build()).build())
            .build();
    private static final List<Event> EVENTS = List.of(LAST_YEAR, CARSON_PARK, CANCELLED_2020, FAIRGROUNDS,
            RAINED_OUT);

    private static EventsPage page() {
        return EventsPage.builder().name("Dayton PD community events").clock(JULY_20)
                .feed(URI.create("https://example.org/nno.ics")).home(URI.create("/"))
                .eventPages(e -> URI.create("/events/" + e.id() + ".html"))
                .eventFiles(e -> URI.create("/events/" + e.id() + ".ics")).build();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Nested
    @DisplayName("what residents look for first")
    class Order {
        private final String html = page().document(EVENTS, PageFilter.NONE);

        @Test
        void theCalendarsName_isTheTitleAndTheHeading() {
            assertThat(html).contains("<title>Dayton PD community events</title>",
                    "<h1>Dayton PD community events</h1>");
            assertThat(count(html, "<h1")).isOne();
        }

        @Test
        void upcoming_comeFirst_soonestFirst_thenThePast_newestFirst_foldedAway() {
            int upcoming = html.indexOf("id=\"nno-upcoming\"");
            int details = html.indexOf("<details class=\"nno-past-list\">");
            assertThat(upcoming).isPositive().isLessThan(details);
            assertThat(List.of(html.indexOf("id=\"fairgrounds-2026\""), html.indexOf("id=\"block-party-2026\""),
                    html.indexOf("id=\"carson-park-2026\""), details, html.indexOf("id=\"carson-park-2025\""),
                    html.indexOf("id=\"carson-park-2020\""))).allMatch(i -> i > 0).isSorted();
            assertThat(html).contains("Upcoming events <span class=\"nno-count\">(3)</span>",
                    "<summary>Show 2 past events</summary>");
        }

        @Test
        void aHostNamedAsAParticipant_isShown_offered_andFiltered() {
            // A sign-up sheet names the block club that hosts, an organization in the host role, not an agency.
            Event party = event("elm-2026", "Elm Street party", LocalDate.of(2026, 8, 4))
                    .addParticipants(new org.nightout.core.OrganizationParticipant(
                            org.nightout.core.ParticipantRole.HOST,
                            org.nightout.core.Organization.builder().name("Elm Block Club").build()))
                    .build();
            String all = page().document(List.of(party, CARSON_PARK), PageFilter.NONE);
            assertThat(all).contains("<dd>Elm Block Club</dd>", "<option value=\"Elm Block Club\">");
            PageFilter club = PageFilter.of(Map.of("agency", "elm block club"));
            assertThat(club.test(party)).isTrue();
            assertThat(club.test(CARSON_PARK)).isFalse();
        }

        @Test
        void pastEventsOfOneDay_areInTheOrderOfTheirTitles() {
            Event b = event("b", "National Night Out in Bristol", LocalDate.of(2017, 8, 1)).build();
            Event a = event("a", "National Night Out in Ansonia", LocalDate.of(2017, 8, 1)).build();
            String past = page().document(List.of(b, LAST_YEAR, a), PageFilter.NONE);
            assertThat(List.of(past.indexOf("id=\"carson-park-2025\""), past.indexOf("id=\"a\""),
                    past.indexOf("id=\"b\""))).allMatch(i -> i > 0).isSorted();
        }

        @Test
        void aPastEvent_isNeverShownAsScheduled_norOffersAddToCalendar() {
            String past = html.substring(html.indexOf("<details"), html.indexOf("</details>"));
            assertThat(past).doesNotContain("Scheduled", "Add to calendar").contains("<strong>Past event</strong>",
                    "<strong>Cancelled</strong> \u2014 COVID-19 pandemic");
            String upcoming = html.substring(0, html.indexOf("<details"));
            assertThat(count(upcoming, "<strong>Scheduled</strong>")).isEqualTo(2);
            assertThat(count(upcoming, "Add to calendar:")).as("not for the cancelled block party").isEqualTo(2);
        }

        @Test
        void theClockDecides_anAllDayEventIsUpcomingUntilItsDayEndsInItsZone() {
            Clock lateOnTheDay = Clock.fixed(ZonedDateTime.of(2026, 8, 4, 23, 30, 0, 0, CHICAGO).toInstant(),
                    ZoneOffset.UTC);
            String later = EventsPage.builder().clock(lateOnTheDay).build().document(List.of(CARSON_PARK),
                    PageFilter.NONE);
            assertThat(later).contains("Upcoming events <span class=\"nno-count\">(1)</span>")
                    .doesNotContain("<details");
            Clock nextDay = Clock.offset(lateOnTheDay, java.time.Duration.ofHours(1));
            assertThat(EventsPage.builder().clock(nextDay).build().document(List.of(CARSON_PARK), PageFilter.NONE))
                    .contains("Upcoming events <span class=\"nno-count\">(0)</span>", "No upcoming events.",
                            "Show 1 past event");
        }
    }

    @Nested
    @DisplayName("each event")
    class Cards {
        private final String html = page().document(EVENTS, PageFilter.NONE);

        @Test
        void coordinates_giveAnOpenStreetMapMarker_anAddressASearch() {
            assertThat(html).contains("href=\"https://www.openstreetmap.org/?mlat=44.81130&amp;mlon=-91.51470"
                    + "#map=17/44.81130/-91.51470\"", "href=\"https://www.openstreetmap.org/search?query="
                    + "Northern%20Wisconsin%20State%20Fairgrounds%2C%20225%20Edward%20St%2C%20Chippewa%20Falls%2C%20WI\"");
        }

        @Test
        void cancelled_saysWhy_andOffersNothingToAdd() {
            int start = html.indexOf("id=\"block-party-2026\"");
            String card = html.substring(start, html.indexOf("</li>", start));
            assertThat(card).contains("<strong>Cancelled</strong> \u2014 severe weather")
                    .doesNotContain("Add to calendar", "calendar.google.com");
            assertThat(count(card, "severe weather")).as("the status says it; the description does not repeat it")
                    .isOne();
        }

        @Test
        void aTimedEvent_showsItsHoursAndZone() {
            Event evening = Event.builder().from(CARSON_PARK).time(EventTime.of(
                    ZonedDateTime.of(2026, 8, 4, 18, 0, 0, 0, CHICAGO), ZonedDateTime.of(2026, 8, 4, 21, 0, 0, 0, CHICAGO)))
                    .build();
            assertThat(page().document(List.of(evening), PageFilter.NONE)).contains(
                    "<time datetime=\"2026-08-04T18:00-05:00\">Tuesday, August 4, 2026, 6:00 PM</time> \u2013 9:00 PM CDT");
        }

        @Test
        void theEventsOwnWebAddress_isLinked() {
            Event withUrl = Event.builder().from(CARSON_PARK).url(URI.create("https://example.org/nno")).build();
            assertThat(page().eventDocument(withUrl)).contains(
                    "<p><a href=\"https://example.org/nno\">More about this event</a></p>");
        }

        @Test
        void hostsCommunityActivities_andTheLinks_toItsPageAndFile() {
            int start = html.indexOf("id=\"carson-park-2026\"");
            String card = html.substring(start, html.indexOf("</li>", start));
            assertThat(card).contains("<dt>Host</dt><dd>Eau Claire Police Department (ECPD)</dd>",
                    "Eau Claire, WI <span class=\"nno-muted\">(Chippewa Valley)</span>", "<dt>Activities</dt>",
                    "<a href=\"/events/carson-park-2026.html\">National Night Out at Carson Park</a>",
                    "href=\"/events/carson-park-2026.ics\"", "https://calendar.google.com/calendar/render?",
                    "https://outlook.live.com/", "https://outlook.office.com/", "https://calendar.yahoo.com/");
        }

        @Test
        void thePublicProfile_always_noHouseNumber_noPhone_noNoteForTheAuthor() {
            Event withPrivateParts = Event.builder().from(CARSON_PARK).addParticipants(Participant.of(
                    ParticipantRole.COORDINATOR, Person.builder().name("Pat Doe")
                            .contact(Contact.builder().phone("+1 715 555 0100").email("pat@example.org").build())
                            .build()))
                    .addExtensions(ExtensionProperty.of("X-EDITOR-NOTE", "Date inferred from the report"))
                    .build();
            String all = page().document(List.of(withPrivateParts, RAINED_OUT), PageFilter.NONE)
                    + page().eventDocument(withPrivateParts) + page().eventDocument(RAINED_OUT)
                    + page().fragment(List.of(withPrivateParts, RAINED_OUT), PageFilter.NONE);
            assertThat(all).doesNotContain("1234", "555 0100", "pat@example.org", "Date inferred", "Smiths")
                    .contains("Elm St, Eau Claire, WI 54703");
        }
    }

    @Nested
    @DisplayName("hostile data")
    class Escaping {
        private static final String HOSTILE = "</script><img src=x onerror=alert(1)>\"' & <b>bold</b>";

        @Test
        void everyText_isEscaped_andTheJsonLd_cannotCloseItsScript() {
            Community odd = Community.builder().name("Odd \"town\" <i>").kind(CommunityKind.CITY).state(UsState.WI)
                    .zone(CHICAGO).build();
            Event hostile = event("x\"><script>alert(2)</script>", HOSTILE, LocalDate.of(2026, 8, 4))
                    .community(odd).description(HOSTILE)
                    .addHosts(Agency.builder().name("PD <script>alert(3)</script>").kind(AgencyKind.POLICE_DEPARTMENT)
                            .build())
                    .venue(Venue.builder().name(HOSTILE).build()).url(URI.create("javascript:alert(4)")).build();
            EventsPage page = EventsPage.builder().name(HOSTILE).clock(JULY_20)
                    .eventPages(e -> URI.create("/events/" + java.net.URLEncoder.encode(e.id(),
                            java.nio.charset.StandardCharsets.UTF_8) + ".html")).build();
            PageFilter filter = new PageFilter(Optional.of(HOSTILE), Optional.of(HOSTILE), Optional.empty(),
                    Optional.empty());
            for (String html : List.of(page.document(List.of(hostile), filter), page.eventDocument(hostile),
                    page.fragment(List.of(hostile), filter))) {
                assertThat(html).doesNotContain("<img", "<b>", "<i>", "<script>alert", "onerror=alert(1)>\"",
                        "href=\"javascript:")
                        .contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39; &amp; &lt;b&gt;");
                assertThat(count(html, "<script")).as("the JSON-LD block only").isOne();
                assertThat(count(html, "</script")).isOne();
                String jsonLd = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
                assertThat(jsonLd).contains("\\u003c/script\\u003e\\u003cimg");
            }
        }
    }

    @Nested
    @DisplayName("the filter form")
    class Form {
        @Test
        void aPlainGetForm_withTheCommunitiesAndHosts_andTheChosenValues() {
            PageFilter filter = PageFilter.of(Map.of("community", "eau claire", "agency", "ECPD",
                    "from", "2026-08-01", "to", "2026-09-01"));
            String html = page().document(EVENTS.stream().filter(filter::test).toList(), filter);
            assertThat(html).contains("<form method=\"get\" role=\"search\">",
                    "<option value=\"Eau Claire\" selected>Eau Claire, WI</option>",
                    "<option value=\"Eau Claire Police Department\" selected>Eau Claire Police Department</option>",
                    "name=\"from\" value=\"2026-08-01\"", "name=\"to\" value=\"2026-09-01\"",
                    "<a class=\"nno-clear\" href=\"?\">").doesNotContain("Chippewa Falls");
            assertThat(count(html, "<li class=\"nno-event\"")).isEqualTo(1);
        }

        @Test
        void pageFilter_blankFieldsFilterNothing_badDatesAreNamed() {
            assertThat(PageFilter.of(Map.of("community", " ", "agency", "", "from", "", "to", ""))).isEqualTo(
                    PageFilter.NONE);
            assertThat(EVENTS.stream().filter(PageFilter.NONE::test)).hasSize(EVENTS.size());
            assertThat(EVENTS.stream().filter(PageFilter.of(Map.of("community", "Chippewa Falls"))::test))
                    .containsExactly(FAIRGROUNDS);
            assertThatThrownBy(() -> PageFilter.of(Map.of("from", "August 4"))).isInstanceOf(
                    IllegalArgumentException.class).hasMessage("Date from \"August 4\" must be a date such as 2026-08-04");
            assertThatThrownBy(() -> PageFilter.of(Map.of("from", "2026-08-04", "to", "2026-08-04")))
                    .hasMessage("Date to 2026-08-04 must be after from 2026-08-04");
        }
    }

    @Nested
    @DisplayName("embedding and the event's own page")
    class Renderings {
        @Test
        void theFragment_hasNoDocumentParts_andItsStyleIsScopedToItsRoot() {
            String fragment = page().fragment(EVENTS, PageFilter.NONE);
            assertThat(fragment).startsWith("<div class=\"nno\">\n<style>").doesNotContain("<html", "<head", "<body",
                    "<h1", "<title");
            assertThat(EventsPage.stylesheet().lines().map(String::strip)
                    .filter(l -> l.endsWith("{") && !l.startsWith("@media")))
                    .allMatch(selector -> selector.startsWith(".nno"));
            assertThat(EventsPage.stylesheet()).contains("@media (prefers-color-scheme: dark)", ":focus-visible");
        }

        @Test
        void subscribe_webcalGoogleOutlookAndTheAddress() {
            String html = page().document(EVENTS, PageFilter.NONE);
            assertThat(html).contains("id=\"nno-subscribe-apple\" class=\"nno-primary\" href=\"webcal://example.org/nno.ics\"",
                    "id=\"nno-subscribe-google\" href=\"https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2F",
                    "id=\"nno-subscribe-outlook\" href=\"https://outlook.live.com/calendar/0/addfromweb?url=https",
                    "id=\"nno-subscribe-office365\" href=\"https://outlook.office.com/calendar/0/addfromweb?url=",
                    "<code>https://example.org/nno.ics</code>");
        }

        @Test
        void anEventsPage_hasItsTitle_itsDetails_itsJsonLd_andALinkBack() {
            String html = page().eventDocument(CARSON_PARK);
            assertThat(html).contains("<title>National Night Out at Carson Park \u2013 Dayton PD community events</title>",
                    "<h1>National Night Out at Carson Park</h1>", "<a href=\"/\">All events of Dayton PD",
                    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Event\","
                            + "\"name\":\"National Night Out at Carson Park\"", "Add to calendar:");
        }
    }
}
