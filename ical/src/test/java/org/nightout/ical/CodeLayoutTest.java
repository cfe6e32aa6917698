package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout README's "How the code is laid out" describes, checked on the sources of every module: the API apart
 * from the internals, one engine for each job, no class too long to read.
 */
class CodeLayoutTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "^(public |final |abstract |sealed |non-sealed )*(class|interface|enum|record|@interface) ", Pattern.MULTILINE);

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sourcesOf(String module, String pkg) throws IOException {
        Path dir = ROOT.resolve(module).resolve("src/main/java").resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList();
        }
    }

    @Test
    void noMainSourceFile_isOver600Lines() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(sources).filteredOn(p -> read(p).lines().count() > 600).isEmpty();
    }

    @Test
    void everyTopLevelType_inTheApiPackagesOfCoreAndIcal_isPublic() throws IOException {
        for (String[] exported : new String[][] {{"core", "org.nightout.core"}, {"ical", "org.nightout.ical"}}) {
            for (Path p : sourcesOf(exported[0], exported[1])) {
                assertThat(TOP_LEVEL_TYPE.matcher(read(p)).results().map(r -> r.group()))
                        .as(p.toString()).isNotEmpty().allMatch(declaration -> declaration.startsWith("public "));
            }
        }
    }

    @Test
    void theRecurrencePackage_showsItsTwoTypes_andKeepsItsEngineToItself() throws IOException {
        assertThat(sourcesOf("core", "org.nightout.core.recurrence"))
                .filteredOn(p -> TOP_LEVEL_TYPE.matcher(read(p)).results().anyMatch(r -> r.group().startsWith("public ")))
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("RecurrenceRule.java", "RecurrenceSet.java");
    }

    @Test
    void icalModule_exportsOnlyItsApiPackage() {
        assertThat(ICalendarWriter.class.getModule().getDescriptor().exports())
                .extracting(e -> e.source()).containsExactly("org.nightout.ical");
    }

    @Test
    void recurrenceRules_areParsedByCoresEngineAlone() throws IOException {
        assertThat(mainSources()).filteredOn(p -> p.startsWith(ROOT.resolve("ical")))
                .filteredOn(p -> read(p).contains("\"BYDAY\"") || read(p).contains("\"BYMONTH\"")).isEmpty();
    }

    @Test
    void theRecurrenceEngine_livesOutsideTheModelPackage() throws IOException {
        assertThat(sourcesOf("core", "org.nightout.core")).extracting(p -> p.getFileName().toString())
                .doesNotContain("RecurrenceRule.java", "RecurrenceSet.java", "RuleExpander.java");
        assertThat(sourcesOf("core", "org.nightout.core.recurrence")).extracting(p -> p.getFileName().toString())
                .contains("RecurrenceRule.java", "RecurrenceSet.java");
    }

    @Test
    void sha256_isNamedInAtMostTwoMainFiles() throws IOException {
        assertThat(mainSources()).filteredOn(p -> read(p).contains("SHA-256")).hasSizeLessThanOrEqualTo(2);
    }
}
