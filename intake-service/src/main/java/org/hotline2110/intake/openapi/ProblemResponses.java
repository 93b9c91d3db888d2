package org.hotline2110.intake.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Documents the problem+json answers of every operation, so that the document describes each response the service
 * can give, errors included. The rules follow the API's shape: a ticket in the path can be missing (404), a POST
 * body can be too large (413), an action on a ticket can meet the wrong state (409), and only ticket creation
 * takes an Idempotency-Key (422).
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String TICKETS = "/api/v1/tickets";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        add(operation, "400", "Invalid request: the errors name each offending field or parameter; nothing was stored");
        add(operation, "401", "No valid bearer token");
        add(operation, "403", "The caller's role may not do this");
        add(operation, "503", "The database cannot be reached; try again shortly");
        if (path.contains("{id}")) {
            add(operation, "404", "No such ticket");
        }
        if (method == PathItem.HttpMethod.POST) {
            add(operation, "413", "The body is larger than 64 KiB; nothing was read or stored");
            if (path.contains("{id}")) {
                add(operation, "409", "The ticket's state does not allow this (e.g. a call-back before resolution, or twice)");
            }
            if (path.equals(TICKETS)) {
                add(operation, "422", "The Idempotency-Key was already used with a different body");
            }
        }
    }

    private static void add(Operation operation, String status, String description) {
        var existing = operation.getResponses().getAPIResponse(status);
        // Quarkus adds a bare 400 to validated operations; it gets the problem document here
        if (existing != null && existing.getContent() != null) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One offending field of the request")
                .addProperty("field", text("The field as the client sent it, a query parameter or a header", "enterprise.creditCode"))
                .addProperty("message", text("What is wrong with it", "check character does not match"))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem document (application/problem+json)")
                .addProperty("type", text("Stable URI of the kind of problem; clients may switch on it",
                        "https://hotline2110.org/problems/invalid-request"))
                .addProperty("title", text("Short summary of the kind of problem", "Invalid request"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER)
                        .description("The HTTP status code").addExample(400))
                .addProperty("detail", text("What went wrong with this request",
                        "enterprise.creditCode: check character does not match"))
                .addProperty("instance", text("The request path", "/api/v1/tickets"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Each offending field; absent when the problem is not about a field")
                        .items(fieldError))
                .required(List.of("type", "title", "status"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).addExample(example);
    }
}
