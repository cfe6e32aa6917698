package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder in core reports every required attribute left unset, all in one exception. Required means an
 * abstract accessor that is neither optional nor a collection: Immutables gives defaults and collections a value of
 * their own, and the hand-written checks must catch the rest.
 */
class RequiredAttributesTest {

    static List<Class<?>> data_builtTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = classes.resolve("org/nightout/core");
        try (Stream<Path> files = Files.list(pkg)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("Immutable"))
                    .<Class<?>>map(n -> load("org.nightout.core." + n.substring(0, n.length() - ".class".length())))
                    .filter(RequiredAttributesTest::hasBuilder)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
        }
    }

    @Test
    void builtTypes_includeEveryImmutablesType() throws Exception {
        assertThat(data_builtTypes()).contains(Event.class, Campaign.class, Agency.class, Community.class,
                EventSeries.class, Person.class, Organization.class, Venue.class, PostalAddress.class,
                Contact.class, NewsLink.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_builtTypes")
    void build_withNothingSet_reportsEveryRequiredAttributeAtOnce(Class<?> type) throws Exception {
        Set<String> required = requiredAttributes(type);
        Object builder = type.getMethod("builder").invoke(null);
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);

        assertThatThrownBy(() -> {
            try {
                build.invoke(builder);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::field)
                .as("violations of an empty %s builder", type.getSimpleName())
                .containsAll(required));
    }

    @Test
    void campaign_withoutId_isRejected() {
        assertThatThrownBy(() -> Campaign.builder().name("Coffee with a Cop").firstYear(2011)
                .rule(DateRule.parse("first Wednesday of October")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("Campaign", "id", "(absent)", "is required")));
    }

    private static Set<String> requiredAttributes(Class<?> type) {
        return Stream.of(type.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
                        && m.getParameterCount() == 0)
                .filter(m -> !isOptionalOrCollection(m.getReturnType()))
                .map(Method::getName)
                .collect(Collectors.toSet());
    }

    private static boolean isOptionalOrCollection(Class<?> t) {
        return t == Optional.class || t == OptionalInt.class || t == OptionalLong.class || t == OptionalDouble.class
                || Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t);
    }

    private static boolean hasBuilder(Class<?> type) {
        try {
            return Modifier.isStatic(type.getMethod("builder").getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
