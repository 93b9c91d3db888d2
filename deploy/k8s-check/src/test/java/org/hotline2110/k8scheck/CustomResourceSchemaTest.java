package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every custom resource validates against its operator's CRD schema: a misspelt field or a wrong type fails. */
class CustomResourceSchemaTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyCustomResourceMatchesItsCrdSchema(Overlay overlay) {
        int checked = 0;
        for (JsonNode doc : overlay.manifests().documents()) {
            if (!CustomResourceSchemas.isCustomResource(doc)) {
                continue;
            }
            String what = doc.path("apiVersion").asText() + " " + doc.path("kind").asText() + " "
                    + Manifests.name(doc);
            Optional<Path> schema = CustomResourceSchemas.schemaFile(doc);
            assertThat(schema).as("k8s/schemas/ has no schema for %s: copy its CRD's schema in", what).isPresent();
            assertThat(CustomResourceSchemas.violations(schema.get(), doc)).as("%s in %s", what, overlay).isEmpty();
            checked++;
        }
        assertThat(checked).as("custom resources checked in %s", overlay).isGreaterThan(10);
    }
}
