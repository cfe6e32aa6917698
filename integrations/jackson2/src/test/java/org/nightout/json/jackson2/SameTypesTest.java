package org.nightout.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nightout.core.Event;
import org.nightout.json.NightOutModule;

/**
 * {@link NightOutJackson2Module} names the core types it handles in a list of its own; this keeps that list in step
 * with {@link NightOutModule}'s. Each module is set up against a context that only records the serializers and
 * deserializers it adds, and those are asked, for every public type of {@code org.nightout.core}, whether they
 * write it and whether they read it. A type added to one module and not the other fails here.
 */
class SameTypesTest {
    private static List<Class<?>> coreTypes;

    @BeforeAll
    static void findCoreTypes() throws IOException, URISyntaxException {
        coreTypes = publicTypesOf(Event.class);
        assertThat(coreTypes).as("public types of org.nightout.core").contains(Event.class)
                .hasSizeGreaterThan(20);
    }

    @Test
    void bothModulesWriteTheSameCoreTypes() {
        Jackson3Registrations three = Jackson3Registrations.of(new NightOutModule());
        Jackson2Registrations two = Jackson2Registrations.of(new NightOutJackson2Module());
        Set<String> written3 = names(coreTypes.stream().filter(three::writes));
        Set<String> written2 = names(coreTypes.stream().filter(two::writes));
        assertThat(written3).as("core types NightOutModule writes").contains("Event", "EventSeries");
        assertThat(minus(written3, written2)).as("core types NightOutModule writes and the Jackson 2 module does not")
                .isEmpty();
        assertThat(minus(written2, written3)).as("core types the Jackson 2 module writes and NightOutModule does not")
                .isEmpty();
    }

    @Test
    void bothModulesReadTheSameCoreTypes() {
        Jackson3Registrations three = Jackson3Registrations.of(new NightOutModule());
        Jackson2Registrations two = Jackson2Registrations.of(new NightOutJackson2Module());
        Set<String> read3 = names(coreTypes.stream().filter(three::reads));
        Set<String> read2 = names(coreTypes.stream().filter(two::reads));
        assertThat(read3).as("core types NightOutModule reads")
                .contains("Event", "EventSeries", "EventTime.Timed", "PersonParticipant");
        assertThat(minus(read3, read2)).as("core types NightOutModule reads and the Jackson 2 module does not")
                .isEmpty();
        assertThat(minus(read2, read3)).as("core types the Jackson 2 module reads and NightOutModule does not")
                .isEmpty();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Set<String> names(Stream<Class<?>> types) {
        Set<String> names = new TreeSet<>();
        types.forEach(t -> names.add(t.getName().substring(t.getPackageName().length() + 1).replace('$', '.')));
        return names;
    }

    /**
     * The public top-level and nested types of the package of {@code anchor} (not of its subpackages), read from
     * the directory or jar it was loaded from: the list is the compiled package itself, not one kept by hand.
     */
    private static List<Class<?>> publicTypesOf(Class<?> anchor) throws IOException, URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packagePath = anchor.getPackageName().replace('.', '/');
        List<Class<?>> types = new ArrayList<>();
        if (Files.isDirectory(location)) {
            collect(location.resolve(packagePath), anchor, types);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                collect(jar.getPath(packagePath), anchor, types);
            }
        }
        return types;
    }

    private static void collect(Path dir, Class<?> anchor, List<Class<?>> types) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("-info")) {
                    continue;
                }
                String binaryName = anchor.getPackageName() + "." + name.substring(0, name.length() - 6);
                Class<?> type;
                try {
                    type = Class.forName(binaryName, false, anchor.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("listed but not loadable: " + binaryName, e);
                }
                if (isPublicAllTheWay(type)) {
                    types.add(type);
                }
            }
        }
    }

    private static boolean isPublicAllTheWay(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** What a Jackson 3 module adds in {@code setupModule}, recorded by a context that ignores everything else. */
    private record Jackson3Registrations(List<tools.jackson.databind.ser.Serializers> serializers,
            List<tools.jackson.databind.deser.Deserializers> deserializers) {
        private static final tools.jackson.databind.type.TypeFactory TYPES =
                tools.jackson.databind.type.TypeFactory.createDefaultInstance();

        static Jackson3Registrations of(tools.jackson.databind.JacksonModule module) {
            Jackson3Registrations r = new Jackson3Registrations(new ArrayList<>(), new ArrayList<>());
            Class<?> contextType = tools.jackson.databind.JacksonModule.SetupContext.class;
            Object context = Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "addSerializers" -> r.serializers.add((tools.jackson.databind.ser.Serializers) args[0]);
                            case "addDeserializers" ->
                                    r.deserializers.add((tools.jackson.databind.deser.Deserializers) args[0]);
                            case "isEnabled" -> {
                                return false;
                            }
                            default -> { }
                        }
                        return method.getReturnType() == contextType ? proxy : null;
                    });
            module.setupModule((tools.jackson.databind.JacksonModule.SetupContext) context);
            return r;
        }

        boolean writes(Class<?> type) {
            tools.jackson.databind.JavaType javaType = TYPES.constructType(type);
            return serializers.stream().anyMatch(s -> (type.isEnum()
                    ? s.findEnumSerializer(null, javaType, null, null)
                    : s.findSerializer(null, javaType, null, null)) != null);
        }

        boolean reads(Class<?> type) {
            tools.jackson.databind.JavaType javaType = TYPES.constructType(type);
            return deserializers.stream().anyMatch(d -> (type.isEnum()
                    ? d.findEnumDeserializer(javaType, null, null)
                    : d.findBeanDeserializer(javaType, null, null)) != null);
        }
    }

    /** What a Jackson 2 module adds in {@code setupModule}, recorded by a context that ignores everything else. */
    private record Jackson2Registrations(List<com.fasterxml.jackson.databind.ser.Serializers> serializers,
            List<com.fasterxml.jackson.databind.deser.Deserializers> deserializers) {
        private static final com.fasterxml.jackson.databind.type.TypeFactory TYPES =
                com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance();

        static Jackson2Registrations of(com.fasterxml.jackson.databind.Module module) {
            Jackson2Registrations r = new Jackson2Registrations(new ArrayList<>(), new ArrayList<>());
            Class<?> contextType = com.fasterxml.jackson.databind.Module.SetupContext.class;
            Object context = Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "addSerializers" ->
                                    r.serializers.add((com.fasterxml.jackson.databind.ser.Serializers) args[0]);
                            case "addDeserializers" ->
                                    r.deserializers.add((com.fasterxml.jackson.databind.deser.Deserializers) args[0]);
                            case "isEnabled" -> {
                                return false;
                            }
                            default -> { }
                        }
                        return method.getReturnType() == contextType ? proxy : null;
                    });
            module.setupModule((com.fasterxml.jackson.databind.Module.SetupContext) context);
            return r;
        }

        boolean writes(Class<?> type) {
            com.fasterxml.jackson.databind.JavaType javaType = TYPES.constructType(type);
            return serializers.stream().anyMatch(s -> s.findSerializer(null, javaType, null) != null);
        }

        boolean reads(Class<?> type) {
            com.fasterxml.jackson.databind.JavaType javaType = TYPES.constructType(type);
            return deserializers.stream().anyMatch(d -> {
                try {
                    return (type.isEnum()
                            ? d.findEnumDeserializer(type, null, null)
                            : d.findBeanDeserializer(javaType, null, null)) != null;
                } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
