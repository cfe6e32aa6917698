package org.nightout.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java snippet of the README and the getting-started guide ({@code ```java} blocks) and of the
 * modules' {@code package-info.java} ({@code <pre>{@code ...}</pre>} blocks) against the library, and runs the
 * guide's programs, so that the documentation cannot fall behind the API. The integrations' READMEs are compiled
 * by their own modules' ReadmeTests, against those modules' dependencies.
 *
 * <p>A snippet that is a whole compilation unit (it starts with {@code import} or {@code package}) is compiled as
 * it is. Any other snippet is a fragment: it becomes the body of a method, in a class with the imports and the
 * fixture variables that the README documents. A failure names the file and line of the snippet's code and the
 * compiler's message.
 */
class DocSnippetsTest {
    /** The repository root: tests run in the module's directory. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The documents whose {@code ```java} blocks are compiled, the guide first: its programs run in this order. */
    private static final List<String> DOCUMENTS = List.of("GETTING-STARTED.md", "README.md", "csv/README.md");

    private static final List<String> PACKAGE_INFOS = List.of(
            "core/src/main/java/org/nightout/core/package-info.java",
            "ical/src/main/java/org/nightout/ical/package-info.java",
            "json/src/main/java/org/nightout/json/package-info.java",
            "html/src/main/java/org/nightout/html/package-info.java",
            "csv/src/main/java/org/nightout/csv/package-info.java",
            "examples/src/main/java/org/nightout/examples/package-info.java");

    /** The imports every fragment gets, as the README says. */
    private static final List<String> FRAGMENT_IMPORTS = List.of(
            "org.nightout.core.*", "org.nightout.ical.*", "org.nightout.json.*", "org.nightout.html.*",
            "org.nightout.csv.*", "org.nightout.examples.*",
            "java.io.*", "java.net.*", "java.nio.file.*", "java.time.*", "java.util.*",
            "tools.jackson.databind.json.JsonMapper");

    /** The variables fragments may use without declaring them: those of the guide's first program. */
    private static final List<String> FRAGMENT_FIXTURE = List.of(
            "Community eauClaire;", "Agency ecpd;", "Event event;", "List<Event> events;");

    private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(?:.*[/\\\\])?(\\w+)\\.java:(\\d+): (error|warning): (.*)$");

    /** One snippet: where it stands and its code, line by line. */
    record Snippet(String file, int firstLine, List<String> lines) {
        String location() {
            return file + ":" + firstLine;
        }

        boolean isCompilationUnit() {
            String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            return first.startsWith("import ") || first.startsWith("package ");
        }
    }

    /** A snippet as a source file: its class name and the line of the file where the snippet's first line is. */
    record Source(Snippet snippet, String className, String text, int offset) {
    }

    @TestFactory
    Stream<DynamicTest> snippets_compile(@TempDir Path work) throws IOException {
        List<Snippet> snippets = new ArrayList<>(readmeSnippets());
        for (String packageInfo : PACKAGE_INFOS) {
            snippets.addAll(javadocSnippets(packageInfo));
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (int i = 0; i < snippets.size(); i++) {
            Source source = toSource(snippets.get(i), i);
            sources.put(source.className(), source);
        }
        Map<String, List<String>> errors = compile(sources.values(), work.resolve("src"), work.resolve("classes"));
        Path classes = work.resolve("classes");
        // One directory for every program, as a user has: the guide's reader reads what its first program wrote.
        Path runs = work.resolve("run");
        return sources.values().stream().map(source -> DynamicTest.dynamicTest(source.snippet().location(), () -> {
            List<String> messages = errors.getOrDefault(source.className(), List.of());
            if (!messages.isEmpty()) {
                fail("Java snippet at " + source.snippet().location() + " does not compile:\n"
                        + String.join("\n", messages));
            }
            if (source.snippet().isCompilationUnit()) {
                runMain(classes, source.className(), runs);
            }
        }));
    }

    @Test
    void snippets_areFoundInEveryDocument() throws IOException {
        assertThat(fencedBlocks("README.md", "java")).as("```java blocks in README.md").hasSizeGreaterThanOrEqualTo(4);
        assertThat(fencedBlocks("GETTING-STARTED.md", "java")).as("complete programs in GETTING-STARTED.md")
                .hasSizeGreaterThanOrEqualTo(2).allMatch(Snippet::isCompilationUnit);
        for (String packageInfo : PACKAGE_INFOS) {
            assertThat(javadocSnippets(packageInfo)).as("<pre>{@code ...}</pre> blocks in " + packageInfo).isNotEmpty();
        }
    }

    @Test
    void readme_dependencyBlocks_nameTheProjectVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>nightout-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).as("the parent POM's version").isTrue();
        String projectVersion = version.group(1);
        List<Snippet> blocks = new ArrayList<>(readmeSnippets("xml"));
        blocks.addAll(readmeSnippets("kotlin"));
        // The blocks that import the BOM, the one place a version is named (a module's README names its artifact
        // without one, and another block shows a new project's compiler release).
        blocks.removeIf(b -> !String.join("\n", b.lines()).contains("nightout-bom"));
        assertThat(blocks).as("Maven and Gradle blocks in the documents").hasSize(2);
        Pattern named = Pattern.compile("<version>([^<]+)</version>|org\\.nightout:nightout-bom:([^\"]+)\"");
        for (Snippet block : blocks) {
            Matcher m = named.matcher(String.join("\n", block.lines()));
            assertThat(m.find()).as("a version in the block at " + block.location()).isTrue();
            String named1 = m.group(1) != null ? m.group(1) : m.group(2);
            assertThat(named1).as("the version in the block at " + block.location()).isEqualTo(projectVersion);
        }
    }

    private static List<Snippet> readmeSnippets() throws IOException {
        return readmeSnippets("java");
    }

    /** The fenced blocks of one language in every document, in the order of {@link #DOCUMENTS}. */
    private static List<Snippet> readmeSnippets(String language) throws IOException {
        List<Snippet> all = new ArrayList<>();
        for (String document : DOCUMENTS) {
            all.addAll(fencedBlocks(document, language));
        }
        return all;
    }

    /** A document's fenced blocks of one language; a snippet's first line is the line after the opening fence. */
    private static List<Snippet> fencedBlocks(String document, String language) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(document), StandardCharsets.UTF_8);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```" + language)) {
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                if (end == lines.size()) {
                    fail(document + ":" + i + ": the ```" + language + " block is never closed");
                }
                snippets.add(new Snippet(document, start + 1, List.copyOf(lines.subList(start, end))));
                i = end;
            }
        }
        return snippets;
    }

    /** The {@code <pre>{@code ...}</pre>} blocks of a doc comment, without the comment's leading asterisks. */
    private static List<Snippet> javadocSnippets(String file) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(file), StandardCharsets.UTF_8);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<pre>{@code")) {
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).contains("}</pre>")) {
                    end++;
                }
                if (end == lines.size()) {
                    fail(file + ":" + (i + 1) + ": the <pre>{@code block is never closed");
                }
                List<String> code = lines.subList(start, end).stream()
                        .map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                        .collect(Collectors.toList());
                snippets.add(new Snippet(file, start + 1, code));
                i = end;
            }
        }
        return snippets;
    }

    private static Source toSource(Snippet snippet, int index) {
        String code = String.join("\n", snippet.lines());
        if (snippet.isCompilationUnit()) {
            Matcher m = PUBLIC_CLASS.matcher(code);
            if (!m.find()) {
                fail("Java snippet at " + snippet.location() + " has imports but no public class");
            }
            return new Source(snippet, m.group(1), code + "\n", 1);
        }
        String className = "Snippet" + index;
        List<String> header = new ArrayList<>();
        FRAGMENT_IMPORTS.forEach(i -> header.add("import " + i + ";"));
        header.add("@SuppressWarnings(\"all\")");
        header.add("class " + className + " {");
        FRAGMENT_FIXTURE.forEach(f -> header.add("    " + f));
        header.add("    void run() throws Exception {");
        String text = String.join("\n", header) + "\n" + code + "\n    }\n}\n";
        return new Source(snippet, className, text, header.size() + 1);
    }

    /** Compiles the sources in one javac run; answers each class's errors, located in the document. */
    private static Map<String, List<String>> compile(Iterable<Source> sources, Path src, Path classes)
            throws IOException {
        Files.createDirectories(src);
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of(
                "-d", classes.toString(),
                "-classpath", libraryPath(),
                "-encoding", "UTF-8",
                "-proc:none", "-implicit:none", "-nowarn", "-Xmaxerrs", "10000"));
        Map<String, Source> byClass = new LinkedHashMap<>();
        for (Source source : sources) {
            Path file = src.resolve(source.className() + ".java");
            Files.writeString(file, source.text(), StandardCharsets.UTF_8);
            args.add(file.toString());
            byClass.put(source.className(), source);
        }
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new IllegalStateException("javac is not available: run the tests on a JDK"));
        StringWriter output = new StringWriter();
        try (PrintWriter out = new PrintWriter(output)) {
            javac.run(out, out, args.toArray(String[]::new));
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : output.toString().split("\\R")) {
            Matcher m = DIAGNOSTIC.matcher(line);
            if (m.matches() && byClass.containsKey(m.group(1))) {
                Source source = byClass.get(m.group(1));
                int snippetLine = Integer.parseInt(m.group(2)) - source.offset();
                current = errors.computeIfAbsent(source.className(), k -> new ArrayList<>());
                current.add(source.snippet().file() + ":" + (source.snippet().firstLine() + snippetLine)
                        + " (snippet line " + (snippetLine + 1) + "): " + m.group(3) + ": " + m.group(4));
            } else if (m.matches() || line.matches("^\\d+ (errors?|warnings?)$")) {
                current = null;
            } else if (current != null) {
                current.add("    " + line);
            }
        }
        return errors;
    }

    /** Everything the tests run with: the library modules and their dependencies, on the module or class path. */
    private static String libraryPath() {
        return Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(p -> p != null && !p.isEmpty())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void runMain(Path classes, String className, Path dir) throws Exception {
        Files.createDirectories(dir);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                DocSnippetsTest.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[] {dir.toString()});
        }
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written).as("files that " + className + " writes into the directory it is given").isNotEmpty();
        }
        Path feed = dir.resolve("nno.ics");
        if (Files.exists(feed)) {
            assertThat(Files.readString(feed, StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR\r\n");
        }
    }
}
