package org.hotline2110.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document is complete: every operation says what it does and every field and parameter is described.
 * That every response matches the document is checked by {@link OpenApiContract} on each call of every test.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationParameterAndFieldIsDescribed() throws Exception {
        JsonNode doc = LifecycleEvents.JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(doc.get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!operation.getValue().hasNonNull("summary")) {
                    undescribed.add(where + " (summary)");
                }
                operation.getValue().path("parameters").forEach(p -> {
                    if (!p.hasNonNull("description")) {
                        undescribed.add(where + " parameter " + p.get("name").asText());
                    }
                });
                for (Map.Entry<String, JsonNode> response : iterable(operation.getValue().get("responses"))) {
                    if (path.getKey().startsWith("/api/") && !response.getValue().has("content")) {
                        undescribed.add(where + " " + response.getKey() + " (no content schema)");
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : iterable(doc.get("components").get("schemas"))) {
            for (Map.Entry<String, JsonNode> property : iterable(schema.getValue().path("properties"))) {
                if (!property.getValue().hasNonNull("description")) {
                    undescribed.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertThat(undescribed).isEmpty();
        assertThat(doc.get("paths").has("/api/v1/tickets/{id}/callbacks")).isTrue();
        assertThat(doc.get("components").get("schemas").get("EnterpriseInput").toString()).contains("浙江恒丰");
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
