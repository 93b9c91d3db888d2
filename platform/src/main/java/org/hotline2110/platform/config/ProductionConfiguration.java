package org.hotline2110.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * In the {@code prod} profile every variable that a {@code %prod.} value names without a default must be set. Quarkus
 * itself stops on some missing ones but quietly does without others (an unset audience means no audience check, an
 * unset database URL a deactivated datasource), so a service missing its database, issuer or audience stops at start
 * and names every variable it lacks, before anything else runs.
 */
@ApplicationScoped
public class ProductionConfiguration {

    private static final String PROD = "%prod.";

    /** {@code ${NAME}} without {@code :default}: a value the environment must give. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([^:}]+)}");

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> missing = missing(ConfigProvider.getConfig());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The production profile needs these environment variables, which are "
                    + "not set: " + String.join(", ", missing));
        }
    }

    /** Each required variable that {@code config} cannot resolve, as {@code VARIABLE (property)}. */
    static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        for (ConfigSource source : config.getConfigSources()) {
            for (String name : source.getPropertyNames()) {
                if (!name.startsWith(PROD)) {
                    continue;
                }
                Matcher variable = REQUIRED_VARIABLE.matcher(source.getValue(name));
                while (variable.find()) {
                    String described = variable.group(1) + " (" + name.substring(PROD.length()) + ")";
                    if (config.getConfigValue(variable.group(1)).getValue() == null && !missing.contains(described)) {
                        missing.add(described);
                    }
                }
            }
        }
        missing.sort(String::compareTo);
        return missing;
    }
}
