/**
 * Immutable domain types for National Night Out and similar police-community events.
 *
 * <p>An {@link org.nightout.core.Event} is hosted by one or more {@link org.nightout.core.Agency agencies}
 * in a {@link org.nightout.core.Community}, optionally at a {@link org.nightout.core.Venue}, and may
 * belong to a {@link org.nightout.core.Campaign} such as National Night Out. Every type is immutable,
 * thread-safe and null-free: absent values are {@link java.util.Optional} or empty collections.
 * Invalid data is rejected when a value is built, with one
 * {@link org.nightout.core.ValidationException} that lists every problem found.
 *
 * <h2>Errors</h2>
 * One rule holds for every type, and the adapters follow it:
 * <ul>
 *   <li>A {@code null} argument to a factory or method, such as {@code Participant.of(role, null)}, is a programming
 *       error: {@link java.lang.NullPointerException} whose message is the parameter's name.
 *   <li>Data that breaks a rule of the model, including a required attribute a builder was not given, or a date
 *       outside the years 1 to 9999, fails when the value is built: one {@link org.nightout.core.ValidationException}
 *       with every {@link org.nightout.core.Violation} found (field, value, rule). It is an
 *       {@link java.lang.IllegalArgumentException}, and its violations survive serialization.
 *   <li>An argument outside what a query answers, such as a year before a campaign's first, or text that cannot be
 *       parsed, such as {@code DateRule.parse("someday")}: {@link java.lang.IllegalArgumentException} saying what was
 *       expected.
 *   <li>Writers and readers in the adapters throw {@link java.io.IOException} for failures of the stream they are
 *       given, and never wrap it in an unchecked exception.
 * </ul>
 *
 * <h2>Years</h2>
 * A year is an {@code int} everywhere in the model: {@link org.nightout.core.Campaign#firstYear()},
 * {@link org.nightout.core.Event#hostingSince()} (an {@link java.util.OptionalInt}),
 * {@link org.nightout.core.EventSeries#lastYear()} (an {@link java.util.OptionalInt}). It is the
 * type {@link java.time.LocalDate#getYear()} gives and {@link org.nightout.core.Campaign#dateFor(int)} takes, so a
 * year moves between dates, rules and series without conversion, and it is the number iCalendar and JSON write.
 * {@link java.time.Year} would add no check the model needs: its range is far wider than the years 1 to 9999 that
 * every value is held to when it is built.
 *
 * <pre>{@code
 * Community eauClaire = Community.builder()
 *     .name("Eau Claire").kind(CommunityKind.CITY).state(UsState.WI)
 *     .zone(ZoneId.of("America/Chicago"))
 *     .ocdId("ocd-division/country:us/state:wi/place:eau_claire")
 *     .build();
 * Agency ecpd = Agency.builder()
 *     .name("Eau Claire Police Department").shortName("ECPD")
 *     .kind(AgencyKind.POLICE_DEPARTMENT).jurisdiction(eauClaire)
 *     .build();
 * Campaign nno = Campaign.nationalNightOut();
 * Event event = Event.builder()
 *     .id("nno-2021-eau-claire")
 *     .title("National Night Out at Carson Park")
 *     .campaign(nno).community(eauClaire).addHosts(ecpd)
 *     .time(EventTime.allDay(nno.dateFor(2021, UsState.WI)))
 *     .addActivities(Activity.of(ActivityKind.MUSIC), Activity.other("Mascot dance-off"))
 *     .lastModified(Instant.parse("2021-08-04T15:00:00Z"))
 *     .build();
 * }</pre>
 */
@ValueStyle
package org.nightout.core;

import org.nightout.core.internal.ValueStyle;
