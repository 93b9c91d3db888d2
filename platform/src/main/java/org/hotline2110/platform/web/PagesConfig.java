package org.hotline2110.platform.web;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the pages of a service link to the others and how a person signs in and out. */
@ConfigMapping(prefix = "hotline.pages")
public interface PagesConfig {

    /** Base URLs of the four services' pages, for the common header; in a cluster, paths on one host. */
    Links links();

    /** Where a page sends a visitor without a valid token: this service's own sign-in page unless a proxy's. */
    @WithDefault("/sign-in")
    String signInUrl();

    /** Where sign-out ends: in production the sign-in proxy's sign-out endpoint, so its session ends too. */
    @WithDefault("/sign-in?signed-out=true")
    String signedOutUrl();

    /**
     * The dev-only sign-in ({@code /dev/sign-in?token=...}): on in the dev and test profiles only; absent, as in
     * production, it answers 404.
     */
    @WithDefault("false")
    boolean devSignIn();

    /** Secure flag of the cookie the dev sign-in sets; plain HTTP on 127.0.0.1 needs it off. */
    @WithDefault("true")
    boolean secureCookie();

    /** Optional line under the sign-in page's title, e.g. the intranet's help desk. */
    Optional<String> signInHelp();

    interface Links {
        @WithDefault("http://127.0.0.1:8091/")
        String intake();

        @WithDefault("http://127.0.0.1:8092/")
        String dispatch();

        @WithDefault("http://127.0.0.1:8093/")
        String sla();

        @WithDefault("http://127.0.0.1:8094/")
        String notification();
    }
}
