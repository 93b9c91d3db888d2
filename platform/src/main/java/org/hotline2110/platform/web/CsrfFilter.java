package org.hotline2110.platform.web;

import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hotline2110.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * CSRF defence: a state-changing request that carries cookies (the page's token, or a sign-in proxy's session) must
 * also carry htmx's {@code HX-Request} header. A cross-site form cannot set a header, and a cross-site script that
 * tries needs a CORS preflight that no service allows. API clients send a bearer token and no cookie: unaffected.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response check(HttpServerRequest request) {
        if (SAFE.contains(request.method().name()) || request.getHeader(HttpHeaders.COOKIE) == null
                || PageRequests.isHtmx(request)) {
            return null;
        }
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity("{\"type\":\"" + Problem.TYPE_BASE + "csrf\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"a request from a page must carry the HX-Request header\"}")
                .build();
    }
}
