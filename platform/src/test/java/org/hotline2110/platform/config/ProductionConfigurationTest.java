package org.hotline2110.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class ProductionConfigurationTest {

    private static SmallRyeConfig config(Map<String, String> files, Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(files, "application.properties", 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }

    @Test
    void names_each_variable_a_prod_value_requires_and_the_environment_lacks() {
        SmallRyeConfig config = config(Map.of(
                "quarkus.datasource.password", "local",
                "%prod.quarkus.datasource.password", "${QUARKUS_DATASOURCE_PASSWORD}",
                "%prod.mp.jwt.verify.audiences", "${MP_JWT_VERIFY_AUDIENCES}",
                "%prod.kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS}"),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));

        assertThat(ProductionConfiguration.missing(config)).containsExactly(
                "MP_JWT_VERIFY_AUDIENCES (mp.jwt.verify.audiences)",
                "QUARKUS_DATASOURCE_PASSWORD (quarkus.datasource.password)");
    }

    @Test
    void a_variable_with_a_default_or_a_value_outside_prod_is_not_required() {
        SmallRyeConfig config = config(Map.of(
                "%prod.hotline.sla.policy", "${HOTLINE_SLA_POLICY:}",
                "%dev.mp.jwt.verify.issuer", "${DEV_ISSUER}",
                "hotline.outbox.source", "${quarkus.application.name}"),
                Map.of());

        assertThat(ProductionConfiguration.missing(config)).isEmpty();
    }

    @Test
    void nothing_is_missing_once_the_environment_sets_it() {
        SmallRyeConfig config = config(Map.of("%prod.mp.jwt.verify.issuer", "${MP_JWT_VERIFY_ISSUER}"),
                Map.of("MP_JWT_VERIFY_ISSUER", "https://keycloak.example.org/realms/hotline2110"));

        assertThat(ProductionConfiguration.missing(config)).isEmpty();
    }
}
