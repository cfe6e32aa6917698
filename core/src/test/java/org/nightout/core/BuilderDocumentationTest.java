package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nightout.core.recurrence.RecurrenceRule;

/**
 * The API site documents each builder's setters on the builder users call ({@code Event.Builder}), with their
 * Javadoc, only while the generated builder it extends is not public: javadoc then shows a hidden superclass's public
 * methods as the subclass's own. A public generated builder would list them by name only, inherited from a class the
 * site does not show. {@code build()} is declared on each builder, so its documentation names the exception it
 * really throws.
 */
class BuilderDocumentationTest {

    static Stream<Class<?>> builders() {
        return Stream.of(Agency.Builder.class, Campaign.Builder.class, Community.Builder.class, Contact.Builder.class,
                Event.Builder.class, EventSeries.Builder.class, EventStatus.Builder.class, NewsLink.Builder.class,
                Organization.Builder.class, Person.Builder.class, PostalAddress.Builder.class, Venue.Builder.class,
                RecurrenceRule.Builder.class);
    }

    @ParameterizedTest
    @MethodSource("builders")
    void generatedBuilder_isHidden_soItsSettersAreDocumentedOnThePublicOne(Class<?> builder) throws Exception {
        Class<?> generated = builder.getSuperclass();
        assertThat(generated.getSimpleName()).isEqualTo("Builder");
        assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getName()).isFalse();
        assertThat(Modifier.isPublic(builder.getModifiers())).isTrue();
        Method build = builder.getDeclaredMethod("build");
        assertThat(build.getReturnType()).isEqualTo(builder.getEnclosingClass());
        // Every setter returns the public builder, so a chain never names the hidden class.
        assertThat(Arrays.stream(generated.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("build")))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getReturnType()).as(m.toString()).isEqualTo(builder));
    }

    @ParameterizedTest
    @MethodSource("builders")
    void everyBuilder_isMadeByItsTypesBuilderMethod(Class<?> builder) throws Exception {
        Method factory = Arrays.stream(builder.getEnclosingClass().getMethods())
                .filter(m -> m.getName().equals("builder")).findFirst().orElseThrow();
        assertThat(Modifier.isStatic(factory.getModifiers())).isTrue();
        assertThat(factory.getReturnType()).isEqualTo(builder);
    }
}
