package org.hotline2110.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.hotline2110.devstack.jwt.JwtKeys;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.RsaKeyUtil;
import org.junit.jupiter.api.Test;

/** The resource as Quarkus drives it: start, hand out config, mint tokens that verify with that config, stop. */
class DevStackTestResourceTest {

    private static final String NAME = "devstack_resource";

    @Test
    void givesTheServiceAFreshDatabaseKafkaAndItsTokenKey() throws Exception {
        System.setProperty(DevStackTestResource.DATABASE_PROPERTY, NAME);
        DevStackTestResource resource = new DevStackTestResource();
        Map<String, String> config = resource.start();
        try {
            assertEquals(config.get("kafka.bootstrap.servers"), DevStackTestResource.kafkaBootstrap());
            assertEquals(JwtKeys.ISSUER, config.get("mp.jwt.verify.issuer"));
            String jdbcUrl = config.get("quarkus.datasource.jdbc.url");
            // HOTLINE_TEST_DATABASE_SUFFIX, when set, follows the name
            String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
            assertTrue(database.startsWith(NAME + "_test"), jdbcUrl);
            assertEquals(jdbcUrl.substring("jdbc:".length()), config.get("quarkus.datasource.reactive.url"));
            try (Connection connection = DriverManager.getConnection(jdbcUrl, config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"))) {
                assertTrue(connection.isValid(2));
            }

            String publicKeyPem = Files.readString(Path.of(config.get("mp.jwt.verify.publickey.location")));
            new JwtConsumerBuilder()
                    .setVerificationKey(new RsaKeyUtil().fromPemEncoded(publicKeyPem))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setExpectedIssuer(JwtKeys.ISSUER)
                    .setExpectedAudience(JwtKeys.AUDIENCE)
                    .build()
                    .processToClaims(DevStackTestResource.token("supervisor"));

            // The owner may drop its own database; done from another database so nothing of ours is left behind.
            try (Connection connection = DriverManager.getConnection(jdbcUrl.replace("/" + database, "/postgres"),
                    NAME, NAME)) {
                connection.createStatement().execute("DROP DATABASE " + database);
            }
        } finally {
            resource.stop();
            System.clearProperty(DevStackTestResource.DATABASE_PROPERTY);
        }
        assertThrows(IllegalStateException.class, DevStackTestResource::kafkaBootstrap);
    }
}
