package org.nightout.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

/** The test sheets under src/test/resources and the readers the tests use. */
final class Sheets {
    static final Instant SAVED = Instant.parse("2026-07-20T12:00:00Z");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private Sheets() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Sheets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test sheet " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static CsvReader.Builder reader() {
        return CsvReader.builder().lastModified(SAVED);
    }

    static CsvImport read(String name) {
        return read(name, reader().build());
    }

    static CsvImport read(String name, CsvReader reader) {
        try {
            return reader.read(new java.io.ByteArrayInputStream(bytes(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
