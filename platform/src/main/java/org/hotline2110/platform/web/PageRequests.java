package org.hotline2110.platform.web;

import io.vertx.core.http.HttpServerRequest;

/** Tells a browser's page request from an API call, so that a page never answers with JSON. */
public final class PageRequests {

    /** The header htmx adds to every request it makes; a cross-site form cannot add it. */
    public static final String HTMX_HEADER = "HX-Request";

    private PageRequests() {
    }

    /** Outside {@code /api/} and {@code /q/}, asked for HTML by the browser or by htmx. */
    public static boolean isPage(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return isHtmx(request) || accept != null && accept.contains("text/html");
    }

    public static boolean isHtmx(HttpServerRequest request) {
        return "true".equals(request.getHeader(HTMX_HEADER));
    }
}
