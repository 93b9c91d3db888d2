package org.hotline2110.platform.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the reference data under {@code seeds/} at the repository root, packaged on every service's classpath. */
public final class Seeds {

    private Seeds() {
    }

    public static <T> T read(ObjectMapper mapper, String name, TypeReference<T> type) {
        String resource = "seeds/" + name;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the classpath: " + resource);
            }
            // seed files carry _comment fields for the people who edit them
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file unreadable: " + resource, e);
        }
    }
}
