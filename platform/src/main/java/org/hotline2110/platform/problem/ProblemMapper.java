package org.hotline2110.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.hotline2110.platform.sql.DatabaseFailures;
import org.hotline2110.platform.web.PageErrors;
import org.hotline2110.platform.web.PageRequests;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/** Every error of every service leaves as an RFC 9457 problem document; this is the only place that makes them. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ObjectMapper mapper;
    private final PageErrors pages;

    public ProblemMapper(ObjectMapper mapper, PageErrors pages) {
        this.mapper = mapper;
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e, HttpServerRequest request) {
        Response response = respond(request, new Problem(Problem.TYPE_BASE + e.type(), e.title(), e.status(),
                e.getMessage(), request.path(), e.errors()));
        return e.retryAfter()
                .map(after -> Response.fromResponse(response)
                        .header(HttpHeaders.RETRY_AFTER, Math.max(1, (after.toMillis() + 999) / 1000)).build())
                .orElse(response);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .collect(Collectors.joining("; "));
        return respond(request, new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400, detail,
                request.path(), errors));
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException mapping ? fieldOf(mapping) : "";
        String message = field.isEmpty() ? "the body is not valid JSON" : "has the wrong type or format";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = field.isEmpty() ? message + ": " + e.getOriginalMessage() : field + ": " + message;
        return respond(request, new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400, detail,
                request.path(), errors));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        if (PageRequests.isPage(request)) {
            return pages.signIn(request);
        }
        Response response = respond(request, new Problem(Problem.TYPE_BASE + "unauthenticated", "Unauthenticated", 401,
                "a valid bearer token is required", request.path(), List.of()));
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "your role may not do this", request.path(), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        // Quarkus REST reports an unreadable body as a bare 400 whose cause says what was wrong
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
        // A query parameter that does not convert (an unknown enum value) is a bad request, though JAX-RS says 404
        if (e instanceof NotFoundException && e.getCause() != null) {
            return respond(request, new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    "a query parameter has a value it cannot take", request.path(), List.of()));
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return respond(request, new Problem(Problem.TYPE_BASE + slug(title), title, status, e.getMessage(),
                request.path(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseFailures.isUnreachable(e)) {
            LOG.warnf("Database unavailable for %s: %s", request.path(), e.getMessage());
            return respond(request, new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                    "the database cannot be reached; try again shortly", request.path(), List.of()));
        }
        LOG.errorf(e, "Unexpected failure on %s", request.path());
        return respond(request, new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "the request failed unexpectedly; it has been logged", request.path(), List.of()));
    }

    /** A page gets a Chinese page with the same status; everyone else the problem document. */
    private Response respond(HttpServerRequest request, Problem problem) {
        if (PageRequests.isPage(request)) {
            return pages.page(problem.status());
        }
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(mapper.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The field path as the client sent it: {@code enterprise.creditCode} in a body, without the Java method and
     * parameter; for a query parameter or header, its name.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return parameter == null || parameter.startsWith("arg") ? "body" : parameter;
        }
        return field.toString();
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
