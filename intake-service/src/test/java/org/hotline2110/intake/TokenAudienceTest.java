package org.hotline2110.intake;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.jwt.JwtKeys;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A token the hotline's own issuer signed for another of its applications is no key to the hotline, whatever role
 * it carries: the audience is checked.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class TokenAudienceTest {

    @Test
    void anAdminTokenForAnotherAudienceIsRefused() {
        given().header("Authorization", "Bearer " + DevStackTestResource.signed(admin("another-application")))
                .when().get("/api/v1/tickets")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anAdminTokenWithoutAudienceIsRefused() {
        given().header("Authorization", "Bearer " + DevStackTestResource.signed(admin(null)))
                .when().get("/api/v1/tickets")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theSameTokenForTheHotlineIsAccepted() {
        given().header("Authorization", "Bearer " + DevStackTestResource.signed(admin(JwtKeys.AUDIENCE)))
                .when().get("/api/v1/tickets")
                .then().statusCode(200);
    }

    private static JwtClaims admin(String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(JwtKeys.ISSUER);
        if (audience != null) {
            claims.setAudience(audience);
        }
        claims.setSubject("admin/intruder");
        claims.setClaim("upn", "admin/intruder");
        claims.setStringListClaim("groups", List.of("admin"));
        claims.setIssuedAt(NumericDate.now());
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + 600));
        claims.setGeneratedJwtId();
        return claims;
    }
}
