package org.hotline2110.devstack.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

    @TempDir
    Path dir;

    @Test
    void keysAreGeneratedOnceAsPemAndReloaded() throws Exception {
        JwtKeys first = JwtKeys.at(dir);
        assertTrue(Files.readString(dir.resolve("private.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(Files.readString(dir.resolve("public.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));

        JwtKeys second = JwtKeys.at(dir);
        assertEquals(first.publicKey(), second.publicKey());
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(second.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(JwtKeys.ISSUER)
                .setExpectedAudience(JwtKeys.AUDIENCE)
                .build()
                .processToClaims(first.mint("operator", null, Duration.ofHours(12)));
        assertEquals("operator", claims.getSubject());
        assertFalse(claims.hasClaim(JwtKeys.DEPARTMENT_CLAIM));
    }

    @Test
    void rejectsUnknownRolesAndDepartmentTokensWithoutDepartment() {
        JwtKeys keys = JwtKeys.at(dir);
        assertThrows(IllegalArgumentException.class, () -> keys.mint("root", null, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> keys.mint("department", null, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> keys.mint("department", " ", Duration.ofMinutes(1)));
    }
}
