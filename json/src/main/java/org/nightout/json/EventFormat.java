package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Audience;
import org.nightout.core.Event;

/**
 * {@link Event} as a JSON object that starts with {@code "schemaVersion"}, so that each event stays readable on its
 * own, whether it stands alone, in an array or in a series.
 */
final class EventFormat extends ObjectFormat<Event, Event.Builder> {
    static final EventFormat INSTANCE = new EventFormat();

    private EventFormat() {
        super(Event.class, Event::builder, b -> b.build(),
                List.of("schemaVersion", "id", "uid", "title", "description", "campaign", "community", "hosts", "venue",
                        "time", "status", "activities", "audiences", "participants", "firstEvent", "hostingSince",
                        "expectedAttendance", "rainDate", "url", "image", "coverage", "extensions",
                        "extensionComponents", "organizer", "lastModified", "sequence"),
                Set.of("schemaVersion"));
    }

    @Override
    void writeProperties(Event e, JsonOutput out) {
        e = out.profile().apply(e);
        out.integer("schemaVersion", NightOutModule.SCHEMA_VERSION);
        out.text("id", e.id());
        out.text("uid", e.uid());
        out.text("title", e.title());
        out.text("description", e.description());
        out.object("campaign", e.campaign(), CampaignFormat.INSTANCE);
        out.object("community", e.community(), CommunityFormat.INSTANCE);
        out.array("hosts", e.hosts(), AgencyFormat.INSTANCE);
        out.object("venue", e.venue(), VenueFormat.INSTANCE);
        out.object("time", e.time(), EventTimeFormat.INSTANCE);
        out.object("status", e.status(), EventStatusFormat.INSTANCE);
        out.array("activities", e.activities(), ActivityFormat.INSTANCE);
        out.enumArray("audiences", e.audiences());
        out.array("participants", e.participants(), ParticipantFormat.INSTANCE);
        if (e.firstEvent()) { // false is the default, left out like every absent attribute
            out.bool("firstEvent", true);
        }
        if (e.hostingSince().isPresent()) {
            out.integer("hostingSince", e.hostingSince().getAsInt());
        }
        if (e.expectedAttendance().isPresent()) {
            out.integer("expectedAttendance", e.expectedAttendance().getAsInt());
        }
        out.date("rainDate", e.rainDate());
        out.uri("url", e.url());
        out.uri("image", e.image());
        out.array("coverage", e.coverage(), NewsLinkFormat.INSTANCE);
        out.array("extensions", e.extensions(), ExtensionPropertyFormat.INSTANCE);
        out.array("extensionComponents", e.extensionComponents(), ExtensionComponentFormat.INSTANCE);
        out.object("organizer", e.organizer(), OrganizerFormat.INSTANCE);
        out.instant("lastModified", e.lastModified());
        out.integer("sequence", e.sequence());
    }

    @Override
    void readProperty(String name, Event.Builder b, JsonInput in) {
        switch (name) {
            case "schemaVersion" -> in.schemaVersion(Event.class);
            case "id" -> b.id(in.text());
            case "uid" -> b.uid(in.text());
            case "title" -> b.title(in.text());
            case "description" -> b.description(in.text());
            case "campaign" -> b.campaign(CampaignFormat.readObjectOrId(in));
            case "community" -> b.community(in.object(CommunityFormat.INSTANCE));
            case "hosts" -> b.hosts(in.array(() -> in.object(AgencyFormat.INSTANCE)));
            case "venue" -> b.venue(in.object(VenueFormat.INSTANCE));
            case "time" -> b.time(in.object(EventTimeFormat.INSTANCE));
            case "status" -> b.status(in.object(EventStatusFormat.INSTANCE));
            case "activities" -> b.activities(in.array(() -> in.object(ActivityFormat.INSTANCE)));
            case "audiences" -> b.audiences(in.array(() -> in.enumValue(Audience.class)));
            case "participants" -> b.participants(in.array(() -> in.object(ParticipantFormat.INSTANCE)));
            case "firstEvent" -> b.firstEvent(in.bool());
            case "hostingSince" -> b.hostingSince(in.integer());
            case "expectedAttendance" -> b.expectedAttendance(in.integer());
            case "rainDate" -> b.rainDate(in.date());
            case "url" -> b.url(in.uri());
            case "image" -> b.image(in.uri());
            case "coverage" -> b.coverage(in.array(() -> in.object(NewsLinkFormat.INSTANCE)));
            case "extensions" -> b.extensions(in.array(() -> in.object(ExtensionPropertyFormat.INSTANCE)));
            case "extensionComponents" -> b.extensionComponents(in.array(
                    () -> in.object(ExtensionComponentFormat.INSTANCE)));
            case "organizer" -> b.organizer(in.object(OrganizerFormat.INSTANCE));
            case "lastModified" -> b.lastModified(in.instant());
            case "sequence" -> b.sequence(in.integer());
            default -> throw unhandled(name);
        }
    }
}
