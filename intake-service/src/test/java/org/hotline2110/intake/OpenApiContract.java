package org.hotline2110.intake;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every response the tests receive against the service's own OpenAPI document ({@code /q/openapi}): the
 * status must be documented for that operation, and the body must match the documented schema of its content
 * type. Installed as a REST Assured filter, so each test's calls are checked as they happen.
 */
final class OpenApiContract implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();

    private static JsonNode document;
    private static int checked;

    private OpenApiContract() {
    }

    /** Adds the check to every REST Assured call of the test JVM, once. */
    static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(OpenApiContract.class::isInstance)) {
            RestAssured.filters(new OpenApiContract());
        }
    }

    static synchronized int responsesChecked() {
        return checked;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        String path = request.getURI().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        if (path.startsWith("/api/")) {
            List<String> violations = violations(request.getMethod(), path, answer);
            if (!violations.isEmpty()) {
                throw new AssertionError(request.getMethod() + " " + path + " answered " + answer.statusCode()
                        + " against its OpenAPI description: " + violations + "\n" + answer.asString());
            }
        }
        return answer;
    }

    static List<String> violations(String method, String path, Response answer) {
        JsonNode doc = document();
        JsonNode operation = operation(doc, method.toLowerCase(Locale.ROOT), path);
        if (operation == null) {
            return List.of("no operation documented for " + method + " " + path);
        }
        JsonNode documented = operation.path("responses").path(Integer.toString(answer.statusCode()));
        if (documented.isMissingNode()) {
            return List.of("status " + answer.statusCode() + " is not documented");
        }
        String body = answer.asString();
        if (body == null || body.isEmpty()) {
            return documented.has("content") ? List.of("documented with a body, answered without one") : List.of();
        }
        String contentType = answer.contentType().replaceFirst(";.*$", "").strip();
        JsonNode schema = documented.path("content").path(contentType).path("schema");
        if (schema.isMissingNode()) {
            return List.of("content type " + contentType + " is not documented for " + answer.statusCode());
        }
        ObjectNode root = schema.deepCopy();
        root.set("components", doc.get("components"));
        try {
            return SCHEMAS.getSchema(root, CONFIG).validate(JSON.readTree(body)).stream()
                    .map(ValidationMessage::getMessage).sorted().toList();
        } catch (Exception e) {
            return List.of("body is not JSON: " + e.getMessage());
        }
    }

    private static synchronized JsonNode document() {
        if (document == null) {
            try {
                document = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                        .extract().asString());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the OpenAPI document", e);
            }
        }
        checked++;
        return document;
    }

    /** The documented operation for a concrete path; literal segments win over templates (duplicates over {id}). */
    private static JsonNode operation(JsonNode doc, String method, String path) {
        List<String> templates = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(templates::add);
        return templates.stream()
                .filter(t -> Pattern.compile(t.replaceAll("\\{[^/]+}", "[^/]+")).matcher(path).matches())
                .min(Comparator.comparingInt(t -> t.split("\\{").length))
                .map(t -> doc.get("paths").get(t).get(method))
                .orElse(null);
    }
}
