package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code nightout} command in a JVM of its own, with a heap of a given size, as a user would run it. */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Runs the command with standard output into {@code out}, and checks that it ends within five minutes with exit
     * status 0.
     *
     * @return what it printed to standard error
     */
    static String run(Path dir, int heapMib, Path out, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "stderr", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMib + "m",
                // Surefire runs this module's tests on the module path; the child takes both as its class path.
                "-cp", System.getProperty("java.class.path") + File.pathSeparator
                        + System.getProperty("jdk.module.path", ""),
                NightOut.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command)
                .redirectError(log.toFile())
                .redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(
                        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
                .start();
        boolean finished;
        try {
            finished = child.waitFor(5, TimeUnit.MINUTES);
        } finally {
            child.destroyForcibly();
        }
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("%s finished; stderr: %s", args, err).isTrue();
        assertThat(child.exitValue()).as("%s exit status; stderr: %s", List.of(args), err).isZero();
        return err;
    }
}
