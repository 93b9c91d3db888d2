package org.hotline2110.sla.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline2110.platform.seeds.Seeds;
import org.jboss.logging.Logger;

/** Loads the SLA policy once: from {@code hotline.sla.policy} when it names a file, else from seeds/. */
public class SlaPolicyProducer {

    private static final Logger LOG = Logger.getLogger(SlaPolicyProducer.class);

    @Produces
    @Singleton
    SlaPolicy policy(ObjectMapper mapper, @ConfigProperty(name = "hotline.sla.policy") Optional<String> file) {
        SlaPolicy policy = file.filter(f -> !f.isBlank())
                .map(f -> read(mapper, Path.of(f)))
                .orElseGet(() -> Seeds.read(mapper, "sla-policy.json", new TypeReference<SlaPolicy>() { }));
        LOG.infof("SLA policy %s", file.filter(f -> !f.isBlank()).orElse("seeds/sla-policy.json"));
        return policy.checked();
    }

    private static SlaPolicy read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readValue(file.toFile(), SlaPolicy.class);
        } catch (IOException e) {
            throw new UncheckedIOException("SLA policy unreadable: " + file, e);
        }
    }
}
