package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every core resource binds to its typed model with no field left over; no kind goes unchecked. */
class CoreKindsStrictTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyCoreResourceHasOnlyFieldsKubernetesKnows(Overlay overlay) throws Exception {
        for (JsonNode doc : overlay.manifests().documents()) {
            if (CustomResourceSchemas.isCustomResource(doc)) {
                continue;
            }
            String what = StrictCoreKinds.key(doc) + " " + Manifests.name(doc);
            assertThat(StrictCoreKinds.MODELS).as("no typed model to check %s against", what)
                    .containsKey(StrictCoreKinds.key(doc));
            assertThat(StrictCoreKinds.unknownFields(doc)).as("unknown fields of %s in %s", what, overlay).isEmpty();
        }
    }
}
