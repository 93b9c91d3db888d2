package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service in its production profile refuses to start without each variable its %prod keys name: every one must be
 * set in its Deployment, and the database's credentials must come from the Secret CloudNativePG generates.
 */
class ProductionEnvironmentTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyVariableTheProductionProfileRequiresIsSet(Overlay overlay) {
        Manifests manifests = overlay.manifests();
        for (String service : ServiceConfig.SERVICES) {
            Set<String> required = ServiceConfig.of(service).requiredProductionVariables();
            JsonNode container = Workloads.container(Workloads.deployment(manifests, service));

            assertThat(required).as("sanity: %s's production profile names the database, Kafka and the issuer",
                    service).contains("QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_ISSUER");
            assertThat(Workloads.environment(manifests, container)).as("environment of %s in %s", service, overlay)
                    .containsAll(required);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void databaseCredentialsComeFromTheSecretOfTheServicesOwnCluster(Overlay overlay) {
        Manifests manifests = overlay.manifests();
        for (String service : ServiceConfig.SERVICES) {
            JsonNode container = Workloads.container(Workloads.deployment(manifests, service));
            for (JsonNode variable : container.path("env")) {
                String name = variable.path("name").asText();
                if (name.equals("QUARKUS_DATASOURCE_USERNAME") || name.equals("QUARKUS_DATASOURCE_PASSWORD")) {
                    String secret = variable.path("valueFrom").path("secretKeyRef").path("name").asText();
                    assertThat(secret).as("%s of %s", name, service).endsWith("-app");
                    String cluster = secret.substring(0, secret.length() - "-app".length());
                    assertThat(manifests.get("Cluster", cluster).path("metadata").path("labels")
                            .path("hotline2110/owner").asText()).as("owner of cluster %s", cluster).isEqualTo(service);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void servicesReachTheirDatabaseThroughItsReadWriteService(Overlay overlay) {
        Manifests manifests = overlay.manifests();
        for (String service : ServiceConfig.SERVICES) {
            String cluster = manifests.ofKind("Cluster").stream()
                    .filter(c -> service.equals(c.path("metadata").path("labels").path("hotline2110/owner").asText()))
                    .map(Manifests::name).findFirst().orElseThrow();
            String database = manifests.get("Cluster", cluster).path("spec").path("bootstrap").path("initdb")
                    .path("database").asText();
            JsonNode config = manifests.ofKind("ConfigMap").stream()
                    .filter(map -> Manifests.name(map).startsWith(service + "-config")).findFirst().orElseThrow();
            assertThat(config.path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + database);
            assertThat(config.path("data").path("QUARKUS_DATASOURCE_REACTIVE_URL").asText())
                    .isEqualTo("postgresql://" + cluster + "-rw:5432/" + database);
        }
    }
}
