package org.hotline2110.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A request the service refuses, with the problem document that says why. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        this(status, type, title, detail, errors, null);
    }

    private ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
            Duration retryAfter) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.retryAfter = retryAfter;
    }

    /** 429: as many of these requests as the service allows are running; answered at once, with when to try again. */
    public static ProblemException tooBusy(String detail, Duration retryAfter) {
        return new ProblemException(429, "too-busy", "Too many requests", detail, List.of(), retryAfter);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "invalid-request", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the ticket's state", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
