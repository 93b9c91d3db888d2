package org.hotline2110.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The dev-only sign-in where it is not switched on, as in the production profile: nothing to find. */
class SignInResourceTest {

    private static PagesConfig config(boolean devSignIn) {
        return new PagesConfig() {
            @Override
            public Links links() {
                return null;
            }

            @Override
            public String signInUrl() {
                return "/sign-in";
            }

            @Override
            public String signedOutUrl() {
                return "/sign-in?signed-out=true";
            }

            @Override
            public boolean devSignIn() {
                return devSignIn;
            }

            @Override
            public boolean secureCookie() {
                return true;
            }

            @Override
            public Optional<String> signInHelp() {
                return Optional.empty();
            }
        };
    }

    @Test
    void withoutTheDevSignInSwitchedOnATokenLinkSetsNoCookie() {
        var response = new SignInResource(null, config(false), null).devSignIn("eyJ.any.token", "/");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getCookies()).isEmpty();
    }

    @Test
    void theClearedCookieIsHttpOnlyStrictAndExpired() {
        var cookie = TokenCookie.cleared(true);
        assertThat(cookie.getName()).isEqualTo("hotline_token");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo(jakarta.ws.rs.core.NewCookie.SameSite.STRICT);
        assertThat(cookie.getMaxAge()).isZero();
    }
}
