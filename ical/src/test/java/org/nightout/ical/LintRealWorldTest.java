package org.nightout.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lint of every file of the shared real-world corpus ({@code ../shared/realworld/files}: Google, Outlook, Apple,
 * Lotus Notes exports and deliberately broken files from other projects' test suites) ends with findings, never an
 * exception, and within seconds a file. Skipped where the corpus is not beside the checkout.
 */
class LintRealWorldTest {
    /** Generous: the whole corpus takes a few seconds; a hang or a quadratic path takes far longer. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static Optional<Path> corpus() {
        String shared = System.getenv("SHARED");
        Path dir = (shared != null ? Path.of(shared) : Path.of("..", "..", "shared")).resolve("realworld")
                .resolve("files");
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    @Test
    void everyRealWorldFile_isLinted_withoutACrashOrAHang() throws IOException {
        Optional<Path> dir = corpus();
        assumeTrue(dir.isPresent(), "no ../shared/realworld/files beside the checkout");
        List<Path> files;
        try (Stream<Path> all = Files.list(dir.get())) {
            files = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<String> linted = new ArrayList<>();
        for (Path file : files) {
            List<LintFinding> findings = assertTimeoutPreemptively(BOUND, () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return FeedLinter.create().lint(in);
                }
            }, file::toString);
            assertThat(findings).as(file.toString()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
            linted.add(file.getFileName().toString());
        }
        assertThat(linted).hasSizeGreaterThan(300);
    }
}
