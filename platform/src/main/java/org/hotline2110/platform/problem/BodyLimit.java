package org.hotline2110.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a problem document before it is
 * read. Quarkus would answer the same 413 with an empty body; clients switch on our problem types. A chunked body with
 * no length still meets Quarkus's own limit.
 */
@ApplicationScoped
public class BodyLimit {

    /** Ahead of Quarkus's own limit check (order -2). */
    private static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        String detail = "the request body is larger than " + max + " bytes";
        router.route().order(ORDER).handler(ctx -> {
            if (declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= max) {
                ctx.next();
                return;
            }
            Problem problem = new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", 413, detail,
                    ctx.request().path(), List.of(new Problem.FieldError("body", detail)));
            String json;
            try {
                json = mapper.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                ctx.fail(e);
                return;
            }
            // The unread body would follow on this connection; close it rather than drain megabytes.
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json);
        });
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
