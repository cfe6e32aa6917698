package org.nightout.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Core must stay usable with nothing but the JDK: Immutables is compile-time only. */
class CoreModuleTest {

    @Test
    void moduleRequires_onlyJavaBase_atRunTime() throws Exception {
        Path classes = Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        assertThat(descriptor.name()).isEqualTo("org.nightout.core");
        Set<String> runtimeRequires = descriptor.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertThat(runtimeRequires).containsExactly("java.base");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("org.nightout.core", "org.nightout.core.recurrence", "org.nightout.core.internal");
        assertThat(descriptor.exports()).filteredOn(e -> e.source().equals("org.nightout.core.internal"))
                .singleElement().satisfies(e -> assertThat(e.targets())
                        .containsExactlyInAnyOrder("org.nightout.ical", "org.nightout.json", "org.nightout.csv"));
    }

    @Test
    void generatedImplementations_areHidden() {
        assertThat(java.lang.reflect.Modifier.isPublic(ImmutableEvent.class.getModifiers())).isFalse();
        assertThat(Event.builder().getClass().getName()).isEqualTo("org.nightout.core.Event$Builder");
    }
}
