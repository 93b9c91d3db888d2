package org.hotline2110.devstack.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.hotline2110.devstack.jwt.JwtKeys;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy/hotline token ROLE [DEPARTMENT_ID] [--name NAME]}: one subject per person, short lives. */
class PersonTest {

    @TempDir
    Path dir;

    @Test
    void twoPeopleOfOneRoleGetTheirOwnSubjectAndTheirName() throws Exception {
        JwtKeys keys = JwtKeys.at(dir);
        JwtClaims zhang = claims(keys, Person.parse(List.of("operator", "--name", "张三"), "token").token(keys));
        JwtClaims li = claims(keys, Person.parse(List.of("operator", "--name=李四"), "token").token(keys));

        assertEquals("operator/张三", zhang.getSubject());
        assertEquals("张三", zhang.getClaimValueAsString("name"));
        assertEquals("operator/李四", li.getSubject());
        assertNotEquals(zhang.getSubject(), li.getSubject());
        assertEquals(List.of("hotline2110"), zhang.getAudience());
    }

    @Test
    void aClerkIsNamedWithinTheirDepartment() throws Exception {
        JwtKeys keys = JwtKeys.at(dir);
        JwtClaims clerk = claims(keys,
                Person.parse(List.of("department", "--name", "王五", "approval-bureau"), "token").token(keys));
        assertEquals("department@approval-bureau/王五", clerk.getSubject());
        assertEquals("approval-bureau", clerk.getClaimValueAsString("department"));
    }

    @Test
    void anAdminTokenLastsAnHourAndTheOthersAWorkingDay() throws Exception {
        JwtKeys keys = JwtKeys.at(dir);
        assertEquals(3600, lifetime(claims(keys, Person.parse(List.of("admin"), "token").token(keys))));
        assertEquals(9 * 3600, lifetime(claims(keys, Person.parse(List.of("supervisor"), "token").token(keys))));
        assertEquals(9 * 3600, lifetime(claims(keys, Person.parse(List.of("operator", "--name", "张三"), "token").token(keys))));
    }

    @Test
    void withoutANameTheRoleHasItsDefaultPerson() throws Exception {
        JwtKeys keys = JwtKeys.at(dir);
        JwtClaims supervisor = claims(keys, Person.parse(List.of("supervisor"), "sign-in").token(keys));
        assertEquals("supervisor/督查员", supervisor.getSubject());
        assertEquals("督查员", supervisor.getClaimValueAsString("name"));
    }

    @Test
    void refusesWhatIsNotAPerson() {
        JwtKeys keys = JwtKeys.at(dir);
        assertThrows(IllegalArgumentException.class, () -> Person.parse(List.of(), "token"));
        assertThrows(IllegalArgumentException.class, () -> Person.parse(List.of("operator", "--name", " "), "token"));
        assertThrows(IllegalArgumentException.class, () -> Person.parse(List.of("operator", "a", "b"), "token"));
        assertThrows(IllegalArgumentException.class, () -> Person.parse(List.of("operator", "--days", "3"), "token"));
        assertThrows(IllegalArgumentException.class, () -> Person.parse(List.of("root"), "token").token(keys));
    }

    private static long lifetime(JwtClaims claims) throws Exception {
        return claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
    }

    private static JwtClaims claims(JwtKeys keys, String token) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(JwtKeys.ISSUER)
                .setExpectedAudience(JwtKeys.AUDIENCE)
                .build()
                .processToClaims(token);
    }
}
