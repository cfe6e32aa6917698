/**
 * The nightout JSON format for Jackson 2.x mappers, such as Spring Boot 3's: {@link
 * org.nightout.json.jackson2.NightOutJackson2Module} reads and writes the core types with the formats of
 * {@code org.nightout.json}, so the bytes, errors and limits are those of {@code NightOutModule} in Jackson 3.
 *
 * <pre>{@code
 * ObjectMapper mapper = NightOutJackson2Module.jsonMapper();
 * String json = mapper.writeValueAsString(event);
 * Event back = mapper.readValue(json, Event.class);
 * }</pre>
 */
package org.nightout.json.jackson2;
