package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The services run as non-root on a read-only root filesystem, with sized resources and no secret in a manifest. */
class PodSecurityTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void servicesRunNonRootReadOnlyWithAWritableTmpAndSizedResources(Overlay overlay) {
        for (String service : ServiceConfig.SERVICES) {
            JsonNode pod = Workloads.deployment(overlay.manifests(), service).path("spec").path("template")
                    .path("spec");
            JsonNode container = pod.path("containers").get(0);
            JsonNode security = container.path("securityContext");

            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(service).isTrue();
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(service).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(service).isFalse();
            assertThat(security.path("capabilities").path("drop")).extracting(JsonNode::asText).as(service)
                    .containsExactly("ALL");
            assertThat(container.path("volumeMounts")).anyMatch(m -> m.path("mountPath").asText().equals("/tmp"));
            assertThat(pod.path("volumes")).anyMatch(v -> v.has("emptyDir"));
            for (String kind : new String[] {"requests", "limits"}) {
                assertThat(container.path("resources").path(kind).path("memory").asText()).as("%s memory %s",
                        service, kind).isNotEmpty();
            }
            assertThat(container.path("resources").path("requests").path("cpu").asText()).as(service).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void noSecretIsWrittenIntoTheManifests(Overlay overlay) {
        assertThat(overlay.manifests().ofKind("Secret")).isEmpty();
        for (JsonNode configMap : overlay.manifests().ofKind("ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key -> assertThat(key)
                    .as("ConfigMap %s", Manifests.name(configMap)).doesNotContain("PASSWORD", "SECRET", "TOKEN"));
        }
    }
}
