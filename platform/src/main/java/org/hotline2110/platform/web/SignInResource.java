package org.hotline2110.platform.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Signing in and out of the pages. In production a sign-in proxy (oauth2-proxy with Keycloak) puts the token in
 * front of every request; locally {@code deploy/hotline up} prints links to {@code /dev/sign-in} carrying a
 * short-lived token it signed, which this service checks like any other and keeps in the cookie.
 */
@Path("/")
@PermitAll
public class SignInResource {

    private final Template signIn;
    private final PagesConfig config;
    private final JWTParser parser;

    public SignInResource(@Location("hotline/sign-in.html") Template signIn, PagesConfig config, JWTParser parser) {
        this.signIn = signIn;
        this.config = config;
        this.parser = parser;
    }

    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("signed-out") boolean signedOut) {
        return signIn.data("signedOut", signedOut).data("dev", config.devSignIn())
                .data("help", config.signInHelp().orElse(null));
    }

    /** Dev and test profiles only: a token minted by the local stack becomes the cookie. */
    @GET
    @Path("dev/sign-in")
    public Response devSignIn(@QueryParam("token") String token, @QueryParam("to") String to) {
        if (!config.devSignIn()) {
            return Response.status(404).build();
        }
        Instant expires;
        try {
            expires = Instant.ofEpochSecond(parser.parse(token == null ? "" : token).getExpirationTime());
        } catch (ParseException e) {
            return Response.seeOther(URI.create(config.signInUrl())).build();
        }
        return Response.seeOther(URI.create(localPath(to)))
                .cookie(TokenCookie.of(token, Duration.between(Instant.now(), expires), config.secureCookie()))
                .build();
    }

    /** Clears the cookie; a POST, so the CSRF check guards it like every other change. */
    @POST
    @Path("sign-out")
    public Response signOut() {
        return Response.noContent().header("HX-Redirect", config.signedOutUrl())
                .cookie(TokenCookie.cleared(config.secureCookie())).build();
    }

    /** Only a path of this host, so the sign-in link cannot send anyone elsewhere. */
    private static String localPath(String to) {
        return to != null && to.startsWith("/") && !to.startsWith("//") && !to.contains("\\") ? to : "/";
    }
}
