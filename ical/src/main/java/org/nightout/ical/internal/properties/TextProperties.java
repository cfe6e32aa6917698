package org.nightout.ical.internal.properties;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nightout.core.Activity;
import org.nightout.core.Event;
import org.nightout.core.Profile;
import org.nightout.ical.ReadWarning;
import org.nightout.ical.internal.lines.ContentLine;
import org.nightout.ical.internal.lines.ContentLines;
import org.nightout.ical.internal.read.Component;
import org.nightout.ical.internal.read.EventMapper;
import org.nightout.ical.internal.read.ReadContext;
import org.nightout.ical.internal.write.WriteOptions;

/**
 * SUMMARY, DESCRIPTION, CATEGORIES, URL and IMAGE: what an event is called, says and shows.
 */
public final class TextProperties {
    /** The properties the writer writes from the title, description, activities, URL and image. */
    public static final Set<String> WRITES = Set.of("SUMMARY", "DESCRIPTION", "CATEGORIES", "URL", "IMAGE");

    private TextProperties() {
    }

    /** Reads the title (a placeholder with a warning where there is none), description, activities, URL and image. */
    public static void read(ReadContext ctx, Component v, Event.Builder b) {
        // Lines looked up as null or not, without Optional chains: see EventMapper on lambdas per event.
        ContentLine summary = v.takeOrNull("SUMMARY");
        String title = summary == null ? "" : ctx.line(summary);
        if (title.isBlank()) {
            ctx.warnings.add(v.line, "SUMMARY", ReadWarning.Code.MISSING_PROPERTY,
                    "no SUMMARY; the title is \"(no title)\"");
            title = "(no title)";
        }
        b.title(title);
        ContentLine description = v.takeOrNull("DESCRIPTION");
        if (description != null) {
            String text = ctx.multiline(description);
            if (!text.isBlank()) {
                b.description(text);
            }
        }
        for (ContentLine c : v.takeAll("CATEGORIES")) {
            for (String label : c.textList()) {
                String clean = ctx.line(c, label);
                if (!clean.isBlank()) {
                    ctx.nested(c, () -> Activity.parse(clean)).ifPresent(b::addActivities);
                }
            }
        }
        ContentLine url = v.takeOrNull("URL");
        if (url != null) {
            b.url(ctx.uri(url));
        }
        // An inline image (VALUE=BINARY) has no place in the model, which links to images.
        ContentLine image = v.takeOrNull("IMAGE");
        if (image != null && !image.paramIs("VALUE", "BINARY")) {
            b.image(ctx.uri(image));
        }
    }

    /**
     * Writes the title, description, activities, URL and image. A cancelled event's title takes the writer's
     * cancelled prefix, if it has one, for clients that do not show STATUS:CANCELLED.
     */
    public static void write(ContentLines out, Event e, WriteOptions w) throws IOException {
        // In public the profile has marked a cancelled event already (Profile.PUBLIC): the prefix is the full profile's.
        boolean prefixed = w.cancelledPrefix().isPresent() && e.status().isCancelled() && w.profile() == Profile.FULL
                && !e.title().startsWith(w.cancelledPrefix().get());
        out.name("SUMMARY").text(prefixed ? w.cancelledPrefix().get() + e.title() : e.title());
        if (e.description().isPresent()) {
            out.name("DESCRIPTION").text(e.description().get());
        }
        if (!e.activities().isEmpty()) {
            List<String> labels = new ArrayList<>(e.activities().size());
            e.activities().forEach(a -> labels.add(a.label()));
            out.name("CATEGORIES").textList(labels);
        }
        if (e.url().isPresent()) {
            out.name("URL").value(e.url().get().toASCIIString());
        }
        if (e.image().isPresent()) {
            out.name("IMAGE").param("VALUE", "URI").param("DISPLAY", "BADGE").value(e.image().get().toASCIIString());
        }
    }
}
