/**
 * Events as a web page residents can use: {@link org.nightout.html.EventsPage} renders a list (upcoming first,
 * past folded away, filters as a plain form, subscribe buttons, map and add-to-calendar links) as a whole document or
 * as a fragment to put into an existing site, and each event's own page with its schema.org JSON-LD; always in the
 * public profile, with no script to run.
 *
 * <pre>{@code
 * EventsPage page = EventsPage.builder().name("National Night Out in Eau Claire")
 *     .feed(URI.create("https://example.org/nno.ics")).build();
 * String html = page.document(events, PageFilter.NONE);        // <!DOCTYPE html>...
 * String part = page.fragment(events, PageFilter.NONE);        // <div class="nno">...: no <html>, no <h1>
 * String one = page.eventDocument(event);                      // the event's page, with its JSON-LD
 * }</pre>
 */
package org.nightout.html;
