package org.hotline2110.platform.web;

import java.time.Duration;

import jakarta.ws.rs.core.NewCookie;

/**
 * The page's credential: the caller's JWT in an HttpOnly, SameSite=Strict cookie, so no script can read it and no
 * other site's request carries it. SmallRye JWT reads it ({@code mp.jwt.token.cookie}); an API client keeps sending
 * {@code Authorization: Bearer}.
 */
public final class TokenCookie {

    public static final String NAME = "hotline_token";

    private TokenCookie() {
    }

    public static NewCookie of(String token, Duration lifetime, boolean secure) {
        return build(token, (int) Math.max(0, lifetime.toSeconds()), secure);
    }

    /** An expired, empty cookie: the browser drops the token. */
    public static NewCookie cleared(boolean secure) {
        return build("", 0, secure);
    }

    private static NewCookie build(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
