package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An absent value is a factory or builder that is not given it, never an {@code Optional} argument: every public
 * constructor of every public type in {@code org.nightout.core}, nested ones included, is checked.
 */
class OptionalParametersTest {

    static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.list(classes.resolve("org/nightout/core"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("Immutable") && !n.equals("package-info.class"))
                    .<Class<?>>map(n -> load("org.nightout.core." + n.substring(0, n.length() - ".class".length())))
                    .filter(c -> Modifier.isPublic(c.getModifiers()))
                    .toList();
        }
    }

    @Test
    void noPublicConstructor_takesAnOptional() throws Exception {
        List<Class<?>> types = publicTypes();
        assertThat(types).contains(EventStatus.class, EventTime.Timed.class, EventTime.AllDay.class,
                PersonParticipant.class);

        List<String> offending = types.stream().flatMap(t -> Arrays.stream(t.getConstructors()))
                .filter(c -> Arrays.asList(c.getParameterTypes()).contains(Optional.class))
                .map(Constructor::toString).toList();

        assertThat(offending).isEmpty();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
