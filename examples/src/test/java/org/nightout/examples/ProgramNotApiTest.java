package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples are a program, the nightout command: nothing of them is offered as API (see the README). */
class ProgramNotApiTest {
    /** The repository root: tests run in the module's directory. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void module_exportsNoPackage_andOpensItsOwnToPicocliOnly() throws Exception {
        Path classes = Path.of(SampleEvents.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        assertThat(descriptor.name()).isEqualTo("org.nightout.examples");
        assertThat(descriptor.exports()).isEmpty();
        assertThat(descriptor.opens()).singleElement()
                .satisfies(o -> assertThat(o.targets()).containsExactly("info.picocli"));
    }

    @Test
    void bom_pinsTheLibrary_butNotTheCommand() throws Exception {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        assertThat(bom).contains("<artifactId>nightout-ical</artifactId>")
                .doesNotContain("<artifactId>nightout-examples</artifactId>");
    }

    @Test
    void apiSite_leavesTheCommandOut() throws Exception {
        assertThat(Files.readString(ROOT.resolve("pom.xml")))
                .containsPattern("<skippedModules>[^<]*nightout-examples[^<]*</skippedModules>");
    }
}
