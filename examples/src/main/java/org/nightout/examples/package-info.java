/**
 * Sample events taken from three local news reports, and the {@code nightout} command.
 *
 * <pre>{@code
 * List<Event> events = SampleEvents.all();
 * }</pre>
 */
package org.nightout.examples;
