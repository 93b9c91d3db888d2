package org.hotline2110.k8scheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's own configuration says: the platform's shared defaults overlaid by its application.properties. */
record ServiceConfig(String service, Properties properties) {

    static final List<String> SERVICES = List.of("intake-service", "dispatch-service", "sla-monitor",
            "notification-service");

    private static final Pattern CHANNEL_TOPIC = Pattern.compile(
            "mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(topic|dead-letter-queue\\.topic)");

    /** {@code ${NAME}} with no {@code :default}, as the platform's ProductionConfiguration reads it. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([^:}]+)}");

    static ServiceConfig of(String service) {
        Properties merged = new Properties();
        load(merged, Repository.root().resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        load(merged, Repository.root().resolve(service).resolve("src/main/resources/application.properties"));
        return new ServiceConfig(service, merged);
    }

    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    /** Topics its channels read and dead-letter to. */
    Set<String> channelTopics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (CHANNEL_TOPIC.matcher(key).matches()) {
                topics.add(properties.getProperty(key));
            }
        }
        return topics;
    }

    /** Consumer groups of its incoming channels. */
    Set<String> consumerGroups() {
        Set<String> groups = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                groups.add(properties.getProperty(key));
            }
        }
        return groups;
    }

    /** The environment variables its production profile needs and has no default for. */
    Set<String> requiredProductionVariables() {
        Set<String> variables = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                Matcher variable = REQUIRED_VARIABLE.matcher(properties.getProperty(key));
                while (variable.find()) {
                    variables.add(variable.group(1));
                }
            }
        }
        return variables;
    }

    private static void load(Properties into, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
