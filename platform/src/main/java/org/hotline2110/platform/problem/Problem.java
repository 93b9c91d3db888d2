package org.hotline2110.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document. {@code errors} names each offending field of a rejected request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are stable URIs under this base; clients may switch on them. */
    public static final String TYPE_BASE = "https://hotline2110.org/problems/";

    public record FieldError(String field, String message) {
    }
}
