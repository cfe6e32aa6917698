/**
 * Events as JSON: {@link org.nightout.json.NightOutModule}, a Jackson 3 module that reads and writes every core
 * type and a whole feed ({@link org.nightout.json.FeedDocument}: a name, single events and series) in a documented
 * wire format; {@link org.nightout.json.JsonFeed}, which streams a feed one event or series at a time; and
 * {@link org.nightout.json.JsonLdWriter}, which writes schema.org Event JSON-LD for web pages and search engines.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NightOutModule()).build();
 * String json = mapper.writeValueAsString(event);      // {"schemaVersion":1,"id":"nno-2021-eau-claire",...}
 * Event back = mapper.readValue(json, Event.class);    // equal to event
 * String feed = mapper.writeValueAsString(FeedDocument.of(events, List.of()));   // {"schemaVersion":1,"events":[...]}
 *
 * String jsonLd = JsonLdWriter.create().write(event);  // {"@context":"https://schema.org","@type":"Event",...}
 * }</pre>
 *
 * <p>To read JSON from strangers, use {@link org.nightout.json.NightOutModule#jsonMapper()}: it limits nesting,
 * string and document length where Jackson's defaults allow 100-million-character strings and documents of any
 * length.
 *
 * <p>The wire format is described in {@link org.nightout.json.NightOutModule} and, as JSON Schemas, by
 * {@link org.nightout.json.NightOutModule#jsonSchema(org.nightout.json.NightOutModule.Document)}.
 */
package org.nightout.json;
