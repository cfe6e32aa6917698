package org.nightout.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of columns says what the reader reads: each column's header and every synonym, in order. */
class ColumnsDocTest {

    @Test
    void the_readmesColumnTable_listsEveryColumnAndSynonym() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        for (Column c : Column.values()) {
            String row = "| " + c.header() + " | " + String.join(", ", c.synonyms()) + " | ";
            assertThat(lines).as("the README's row for " + c).anyMatch(l -> l.startsWith(row));
        }
    }
}
