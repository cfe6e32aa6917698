package org.nightout.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightout.core.Agency;
import org.nightout.core.AgencyKind;
import org.nightout.core.Event;
import org.nightout.core.EventStatus;
import org.nightout.core.EventTime;
import org.nightout.core.Venue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLdWriterTest {
    private static final JsonLdWriter WRITER = JsonLdWriter.create();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static JsonNode jsonLd(Event event) {
        return PLAIN.readTree(WRITER.write(event));
    }

    private static Event sample(String id) {
        return TestEvents.samples().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void write_onlyWebAddresses_asUrlsThatPagesMakeLinksOf() {
        Event base = sample("nno-2021-eau-claire");
        Event hostile = Event.builder().from(base).url(java.net.URI.create("javascript:alert(1)"))
                .image(java.net.URI.create("data:text/html,%3Cscript%3Ealert(2)%3C/script%3E")).build();
        JsonNode node = jsonLd(hostile);
        assertThat(node.has("url")).isFalse();
        assertThat(node.has("image")).isFalse();
        assertThat(WRITER.write(hostile)).doesNotContain("javascript:", "data:text");

        Event web = Event.builder().from(base).url(java.net.URI.create("HTTPS://example.org/nno"))
                .image(java.net.URI.create("http://example.org/flyer.png")).build();
        assertThat(jsonLd(web).get("url").asString()).isEqualTo("HTTPS://example.org/nno");
        assertThat(jsonLd(web).get("image").asString()).isEqualTo("http://example.org/flyer.png");
    }

    @Nested
    @DisplayName("dates and status")
    class DatesAndStatus {

        @Test
        void write_allDayEvent_givesDatesWithTheLastDayAsEnd() {
            JsonNode node = jsonLd(sample("nno-2021-eau-claire"));

            assertThat(node.get("startDate").asString()).isEqualTo("2021-08-03");
            assertThat(node.get("endDate").asString()).isEqualTo("2021-08-03");
            assertThat(node.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
            assertThat(node.get("eventAttendanceMode").asString())
                    .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        }

        @Test
        void write_timedEvent_givesDateTimesWithOffset() {
            JsonNode node = jsonLd(TestEvents.cancelled());

            assertThat(node.get("startDate").asString()).isEqualTo("2023-08-01T17:00:00-05:00");
            assertThat(node.get("endDate").asString()).isEqualTo("2023-08-01T20:00:00-05:00");
        }

        @Test
        void write_cancelledEvent_keepsItsStartDate() {
            JsonNode node = jsonLd(TestEvents.cancelled());

            assertThat(node.get("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
            assertThat(node.has("previousStartDate")).isFalse();
        }

        @Test
        void write_rescheduledEvent_givesPreviousStartDate() {
            JsonNode node = jsonLd(TestEvents.rescheduled());

            assertThat(node.get("eventStatus").asString()).isEqualTo("https://schema.org/EventRescheduled");
            assertThat(node.get("startDate").asString()).isEqualTo("2023-08-02T17:00:00-05:00");
            assertThat(node.get("previousStartDate").asString()).isEqualTo("2023-08-01T17:00:00-05:00");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"POSTPONED, EventPostponed", "CONFIRMED, EventScheduled", "TENTATIVE, EventScheduled"})
        void write_otherStatuses_mapToGooglesFour(EventStatus.Kind kind, String expected) {
            EventStatus status = kind == EventStatus.Kind.POSTPONED ? EventStatus.postponed()
                    : kind == EventStatus.Kind.CONFIRMED ? EventStatus.confirmed() : EventStatus.tentative();
            Event event = Event.builder().from(sample("nno-2021-eau-claire")).status(status).build();

            assertThat(jsonLd(event).get("eventStatus").asString()).isEqualTo("https://schema.org/" + expected);
        }
    }

    @Nested
    @DisplayName("places and people")
    class PlacesAndPeople {

        @Test
        void write_venueWithAddressAndGeo_givesPlaceWithPostalAddressAndGeoCoordinates() {
            JsonNode location = jsonLd(TestEvents.cancelled()).get("location");

            assertThat(location.toString()).isEqualTo("{\"@type\":\"Place\",\"name\":\"Carson Park\","
                    + "\"address\":{\"@type\":\"PostalAddress\",\"streetAddress\":\"1110 Carson Park Dr\","
                    + "\"addressLocality\":\"Eau Claire\",\"addressRegion\":\"WI\",\"postalCode\":\"54703\","
                    + "\"addressCountry\":\"US\"},"
                    + "\"geo\":{\"@type\":\"GeoCoordinates\",\"latitude\":44.8105,\"longitude\":-91.5162}}");
        }

        @Test
        void write_venueWithoutAddress_takesTheCommunitysLocalityAndState() {
            JsonNode location = jsonLd(sample("nno-2021-chippewa-falls")).get("location");

            assertThat(location.get("name").asString()).isEqualTo("Northern Wisconsin State Fairgrounds");
            assertThat(location.get("address").get("addressLocality").asString()).isEqualTo("Chippewa Falls");
            assertThat(location.get("address").get("addressRegion").asString()).isEqualTo("WI");
        }

        @Test
        void write_noVenue_givesTheCommunityAsPlace() {
            JsonNode location = jsonLd(sample("nno-2022-new-middletown-oh")).get("location");

            assertThat(location.toString()).isEqualTo("{\"@type\":\"Place\",\"name\":\"New Middletown\","
                    + "\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"New Middletown\","
                    + "\"addressRegion\":\"OH\",\"addressCountry\":\"US\"}}");
        }

        @Test
        void write_venueWithNeitherAddressNorCommunity_takesItsNameAsTextAddress() {
            // What the reader makes of another calendar's LOCATION, or of a public feed's.
            Event read = Event.builder().id("imported-2").title("Imported")
                    .time(EventTime.allDay(LocalDate.of(2022, 8, 2)))
                    .venue(Venue.builder().name("Carson Park, 1110 Carson Park Dr, Eau Claire, WI").build())
                    .lastModified(Instant.parse("2022-08-03T00:00:00Z")).build();

            assertThat(jsonLd(read).get("location").toString()).isEqualTo("{\"@type\":\"Place\","
                    + "\"name\":\"Carson Park, 1110 Carson Park Dr, Eau Claire, WI\","
                    + "\"address\":\"Carson Park, 1110 Carson Park Dr, Eau Claire, WI\"}");
        }

        @Test
        void write_eventWithoutVenueOrCommunity_hasNoLocation() {
            Event read = Event.builder().id("imported-1").title("Imported")
                    .time(EventTime.allDay(LocalDate.of(2022, 8, 2)))
                    .lastModified(Instant.parse("2022-08-03T00:00:00Z")).build();

            assertThat(jsonLd(read).has("location")).isFalse();
        }

        @Test
        void write_oneHost_givesOneOrganizer() {
            JsonNode organizer = jsonLd(sample("nno-2021-eau-claire")).get("organizer");

            assertThat(organizer.toString()).isEqualTo("{\"@type\":\"PoliceStation\","
                    + "\"name\":\"Eau Claire Police Department\",\"alternateName\":\"ECPD\"}");
        }

        @Test
        void write_noHost_givesNoOrganizer() {
            assertThat(jsonLd(sample("nno-2017-bloomfield-ct")).has("organizer")).isFalse();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"POLICE_DEPARTMENT, PoliceStation", "SHERIFFS_OFFICE, PoliceStation",
            "STATE_POLICE, PoliceStation", "CAMPUS_POLICE, PoliceStation", "FIRE_DEPARTMENT, FireStation",
            "EMS, EmergencyService", "FEDERAL_AGENCY, GovernmentOrganization", "OTHER, GovernmentOrganization"})
        void write_agencyKinds_giveSchemaOrgTypes(AgencyKind kind, String type) {
            Agency host = Agency.builder().from(TestEvents.ecpd()).kind(kind).build();
            Event event = Event.builder().from(sample("nno-2021-eau-claire")).hosts(List.of(host)).build();

            assertThat(jsonLd(event).get("organizer").get("@type").asString()).isEqualTo(type);
        }

        @Test
        void write_campaign_givesSuperEventSeries() {
            JsonNode superEvent = jsonLd(sample("nno-2021-eau-claire")).get("superEvent");

            assertThat(superEvent.toString()).isEqualTo("{\"@type\":\"EventSeries\",\"name\":\"National Night Out\","
                    + "\"url\":\"https://natw.org/\",\"organizer\":{\"@type\":\"Organization\","
                    + "\"name\":\"National Association of Town Watch\"}}");
        }

        @Test
        void write_everyField_givesOrganizersSponsorPerformerAndCoverage() {
            JsonNode node = jsonLd(TestEvents.everyField());

            assertThat(node.get("organizer")).hasSize(2);
            assertThat(node.get("organizer").get(0).get("identifier").get("value").asString()).isEqualTo("WI0180200");
            assertThat(node.get("sponsor").get("name").asString()).isEqualTo("Example Credit Union");
            assertThat(node.get("performer").get("name").asString()).isEqualTo("Example Brass Band");
            assertThat(node.get("subjectOf").get("@type").asString()).isEqualTo("NewsArticle");
            assertThat(node.get("image").asString()).endsWith("/flyer.png");
            assertThat(node.get("url").asString()).isEqualTo("https://example.org/events/faith-and-blue-2024");
            assertThat(node.get("description").asString()).startsWith("Line one.\nLine two,");
        }
    }

    @Nested
    @DisplayName("documents and embedding")
    class Documents {

        @Test
        void write_titleClosingTheScriptElement_cannotBreakOut() {
            String title = "Party </script><script>alert('x')</script> & <!-- more";
            Event event = Event.builder().from(sample("nno-2021-eau-claire")).title(title)
                    .venue(Venue.builder().name("</SCRIPT>").build()).build();

            String json = WRITER.write(event);

            assertThat(json).doesNotContain("<", ">", "&");
            assertThat(json).contains("Party \\u003c/script\\u003e\\u003cscript\\u003ealert('x')");
            assertThat(PLAIN.readTree(json).get("name").asString()).isEqualTo(title);
            assertThat(PLAIN.readTree(json).get("location").get("name").asString()).isEqualTo("</SCRIPT>");
        }

        @Test
        void write_lineAndParagraphSeparators_areEscaped() {
            Event event = Event.builder().from(sample("nno-2021-eau-claire"))
                    .description("one\u2028two\u2029three").build();

            String json = WRITER.write(event);

            assertThat(json).doesNotContain("\u2028", "\u2029").contains("one\\u2028two\\u2029three");
            assertThat(PLAIN.readTree(json).get("description").asString()).isEqualTo("one\u2028two\u2029three");
        }

        @Test
        void write_oneEvent_givesContextAndEventOnOneLine() {
            String json = WRITER.write(sample("nno-2022-new-middletown-oh"));

            assertThat(json).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"Event\","
                    + "\"name\":\"New Middletown National Night Out\",").doesNotContain("\n");
        }

        @Test
        void write_events_givesGraphInTheOrderGiven() {
            List<Event> events = TestEvents.samples();

            JsonNode doc = PLAIN.readTree(WRITER.write(events));

            assertThat(doc.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(doc.get("@graph")).hasSize(events.size());
            assertThat(doc.get("@graph").get(0).get("name").asString()).isEqualTo(events.get(0).title());
            assertThat(doc.get("@graph").get(0).has("@context")).isFalse();
        }

        @Test
        void graphWriter_eventsAndSeries_giveTheDocumentsTheOtherMethodsWrite() throws java.io.IOException {
            List<Event> events = TestEvents.samples();
            StringWriter out = new StringWriter();
            try (JsonLdWriter.GraphWriter graph = WRITER.graphWriter(out)) {
                for (Event e : events) {
                    graph.write(e);
                }
            }
            StringWriter series = new StringWriter();
            try (JsonLdWriter.GraphWriter graph = WRITER.graphWriter(series)) {
                graph.write(TestEvents.weeklyAtHome(), LocalDate.of(2025, 6, 20));
            }

            assertThat(out.toString()).isEqualTo(WRITER.write(events));
            assertThat(series.toString()).isEqualTo(WRITER.write(TestEvents.weeklyAtHome(), LocalDate.of(2025, 6, 20)));
        }

        @Test
        void graphWriter_anEndlessSeries_writesItsLimitOfOccurrences() throws java.io.IOException {
            org.nightout.core.EventSeries everySecond = org.nightout.core.EventSeries.builder()
                    .first(TestEvents.cancelled())
                    .rule(org.nightout.core.recurrence.RecurrenceRule.parse("FREQ=SECONDLY")).build();
            StringWriter out = new StringWriter();
            try (JsonLdWriter.GraphWriter graph = WRITER.withOccurrenceLimit(3).graphWriter(out)) {
                graph.write(everySecond, LocalDate.of(2023, 8, 1));
                graph.write(TestEvents.cancelled());
            }

            assertThat(PLAIN.readTree(out.toString()).get("@graph")).hasSize(4);
        }

        @Test
        void write_toWriter_flushesAndLeavesItOpen() throws java.io.IOException {
            StringWriter out = new StringWriter();

            WRITER.write(sample("nno-2021-eau-claire"), out);
            out.write("\n");

            assertThat(out.toString()).isEqualTo(WRITER.write(sample("nno-2021-eau-claire")) + "\n");
        }

        @Test
        void withIndentation_indentsTheSameDocument() {
            JsonLdWriter indented = WRITER.withIndentation(true);

            String json = indented.write(sample("nno-2021-eau-claire"));

            assertThat(json).contains("\n  \"@type\" : \"Event\"");
            assertThat(PLAIN.readTree(json)).isEqualTo(PLAIN.readTree(WRITER.write(sample("nno-2021-eau-claire"))));
            assertThat(indented.withIndentation(false)).isSameAs(WRITER);
        }

        @Test
        void write_nullEvent_failsNamingIt() {
            assertThatThrownBy(() -> WRITER.write((Event) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("event");
        }

        @Test
        void write_toAFailingWriter_throwsItsIOException_asTheICalendarWriterDoes() {
            java.io.IOException broken = new java.io.IOException("disk full");
            java.io.Writer failing = new java.io.Writer() {
                @Override
                public void write(char[] buf, int off, int len) throws java.io.IOException {
                    throw broken;
                }

                @Override
                public void flush() throws java.io.IOException {
                    throw broken;
                }

                @Override
                public void close() {
                }
            };

            assertThatThrownBy(() -> WRITER.write(sample("nno-2021-eau-claire"), failing)).isSameAs(broken);
            assertThatThrownBy(() -> WRITER.write(List.of(sample("nno-2021-eau-claire")), failing)).isSameAs(broken);
        }
    }
}
