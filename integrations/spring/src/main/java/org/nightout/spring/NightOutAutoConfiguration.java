package org.nightout.spring;

import java.time.Clock;
import org.nightout.core.Profile;
import org.nightout.html.EventsPage;
import org.nightout.ical.ICalendarReader;
import org.nightout.ical.ICalendarWriter;
import org.nightout.json.NightOutModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration: an {@link ICalendarWriter} from the {@code nightout.feed.*} properties (see
 * {@link NightOutFeedProperties}), the {@link ICalendarHttpMessageConverter} and {@link ICalendarResponses} that use
 * it, an {@link EventsPage} from the {@code nightout.page.*} properties ({@link NightOutPageProperties}), and
 * {@link NightOutModule} in the feed's profile (public unless {@code nightout.feed.profile=full}) as a bean, which Boot registers with its Jackson 3 {@code JsonMapper}.
 *
 * <p>Each bean backs off when the application defines its own: an application that builds its writer in code
 * (say, with {@code structuredData}) defines an {@code ICalendarWriter} bean and gets the converter for it. Without
 * a writer bean, the publisher's properties are required, and startup fails with a message naming them where they are
 * missing; with {@code nightout.feed.enabled=false} only the Jackson module is configured.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties({NightOutFeedProperties.class, NightOutPageProperties.class})
public class NightOutAutoConfiguration {

    /** Creates the auto-configuration; Spring Boot does. */
    public NightOutAutoConfiguration() {
    }

    /**
     * Returns the writer the properties describe. Without {@code nightout.feed.publisher.name} and
     * {@code nightout.feed.publisher.address} the application fails at startup with a message that names them, rather
     * than answering every feed request with an error; an application that serves no feed sets
     * {@code nightout.feed.enabled=false}.
     *
     * @param properties the {@code nightout.feed.*} properties
     * @param clock the application's clock, if it defines one, from which a window reads its today at each write;
     *     otherwise the system's
     * @return the writer
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "nightout.feed", name = "enabled", matchIfMissing = true)
    public ICalendarWriter nightOutICalendarWriter(NightOutFeedProperties properties, ObjectProvider<Clock> clock) {
        return properties.toWriter(clock.getIfAvailable(Clock::systemDefaultZone));
    }

    /**
     * Returns the {@code text/calendar} converter; Boot adds every converter bean to Spring MVC's.
     *
     * @param writer the feed's writer
     * @param reader the application's reader, if it defines one; otherwise one with default options
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ICalendarWriter.class)
    public ICalendarHttpMessageConverter nightOutICalendarHttpMessageConverter(ICalendarWriter writer,
            ObjectProvider<ICalendarReader> reader) {
        return new ICalendarHttpMessageConverter(writer, reader.getIfAvailable(() -> ICalendarReader.builder().build()));
    }

    /**
     * Returns the responses that carry an ETag computed with the converter's writer.
     *
     * @param converter the {@code text/calendar} converter
     * @return the responses
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ICalendarHttpMessageConverter.class)
    public ICalendarResponses nightOutICalendarResponses(ICalendarHttpMessageConverter converter) {
        return new ICalendarResponses(converter.writer());
    }

    /**
     * Returns the web page of the events: the calendar's name from {@code nightout.feed.name} ("Events" where it is
     * not set), the subscribe buttons' feed, the JSON link and the addresses of each event's page and file from
     * {@code nightout.page.*}; which events are past is read from the application's {@link Clock} bean, or the
     * system's. A controller renders it (see the module's README); it always shows the public profile.
     *
     * @param feed the {@code nightout.feed.*} properties
     * @param page the {@code nightout.page.*} properties
     * @param clock the application's clock, if it defines one
     * @return the page
     */
    @Bean
    @ConditionalOnMissingBean
    public EventsPage nightOutEventsPage(NightOutFeedProperties feed, NightOutPageProperties page,
            ObjectProvider<Clock> clock) {
        EventsPage.Builder b = EventsPage.builder().clock(clock.getIfAvailable(Clock::systemDefaultZone));
        if (feed.name() != null && !feed.name().isBlank()) {
            b.name(feed.name());
        }
        return page.configure(b).build();
    }

    /**
     * Returns the Jackson module for the core types, writing each event in the feed's profile,
     * {@code nightout.feed.profile}: by default what the public may see ({@link Profile#PUBLIC}: no house number of
     * a private residence, no person's phone or e-mail), as the feed does. Boot's Jackson auto-configuration adds every {@code JacksonModule} bean to the {@code JsonMapper} it
     * builds, which Spring MVC's JSON converter uses. An application that serves full data to systems it trusts
     * defines its own {@code NightOutModule} bean, {@code new NightOutModule()}.
     *
     * @param properties the {@code nightout.feed.*} properties
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "tools.jackson.databind.json.JsonMapper")
    public NightOutModule nightOutModule(NightOutFeedProperties properties) {
        return new NightOutModule().withProfile(properties.profile() == null ? Profile.PUBLIC : properties.profile());
    }
}
