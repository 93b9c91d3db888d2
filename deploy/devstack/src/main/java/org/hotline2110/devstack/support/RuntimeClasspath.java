package org.hotline2110.devstack.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * devstack's runtime classpath as Maven resolved it at build time (maven-dependency-plugin build-classpath). It
 * includes the optional Kafka server jars, which modules depending on devstack do not get, so the broker JVM is
 * launched from this list rather than from the caller's classpath.
 */
public final class RuntimeClasspath {

    private static final String RESOURCE = "/org/hotline2110/devstack/runtime.classpath";

    private RuntimeClasspath() {
    }

    public static String read() {
        try (InputStream in = RuntimeClasspath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: build deploy/devstack with Maven "
                        + "(./mvnw -pl deploy/devstack -am install), not only with an IDE");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
