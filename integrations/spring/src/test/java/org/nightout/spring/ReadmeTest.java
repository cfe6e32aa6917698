package org.nightout.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Java example is code the tests compile and serve, so it cannot fall behind the API.
 *
 * <p>The ReadmeTests of the integration modules are near twins on purpose: they differ in which test sources hold
 * the example, and sharing their fence reading (twenty lines) would take an unpublished test-support module, or one
 * adapter's test jar on the others' class path, where adapters never see each other; each module's tests stand
 * alone instead.
 */
class ReadmeTest {

    @Test
    void readmeJavaBlocks_standWordForWordInTheTestController() throws IOException {
        String source = normalized(Files.readAllLines(
                Path.of("src/test/java/org/nightout/spring/FeedController.java"), StandardCharsets.UTF_8)) + "\n"
                + normalized(Files.readAllLines(
                Path.of("src/test/java/org/nightout/spring/PageController.java"), StandardCharsets.UTF_8));
        List<List<String>> blocks = javaBlocks(Path.of("README.md"));
        assertThat(blocks).as("Java blocks in README.md").isNotEmpty();
        for (List<String> block : blocks) {
            assertThat(source).contains(normalized(block));
            // Compiles with the README's own dependency block: nothing of the examples, and its imports shown.
            assertThat(String.join("\n", block)).doesNotContain("SampleEvents", "org.nightout.examples")
                    .startsWith("import ");
        }
    }

    /** The lines without their indentation and blank lines, so that nesting in a class does not matter. */
    private static String normalized(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static List<List<String>> javaBlocks(Path readme) throws IOException {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }
}
