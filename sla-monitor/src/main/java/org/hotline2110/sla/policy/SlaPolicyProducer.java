package org.hotline2110.sla.policy;

import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The SLA policy, loaded once: from {@code hotline.sla.policy} when it names a file, else from seeds/. */
public class SlaPolicyProducer {

    private static final Logger LOG = Logger.getLogger(SlaPolicyProducer.class);

    @Produces
    @Singleton
    SlaPolicy policy(ObjectMapper mapper, @ConfigProperty(name = "hotline.sla.policy") Optional<String> file) {
        LOG.infof("SLA policy from %s", file.filter(f -> !f.isBlank()).orElse("seeds/sla-policy.json"));
        return SlaPolicy.load(mapper, file);
    }
}
