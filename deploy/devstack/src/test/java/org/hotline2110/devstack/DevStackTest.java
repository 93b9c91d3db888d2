package org.hotline2110.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.jwt.JwtKeys;
import org.hotline2110.devstack.kafka.KafkaBroker;
import org.hotline2110.devstack.postgres.Database;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real stack (reusing whatever already runs) and checks it works and cleans up after itself. */
class DevStackTest {

    private static final String DB = "devstack_selftest";

    @TempDir
    Path stateDir;

    @Test
    void startsWorksAndStopsOnlyWhatItStarted() throws Exception {
        DevStack stack = DevStack.start(stateDir);
        Optional<ProcessHandle> broker = stack.kafka().startedProcess();
        Optional<Path> cluster = stack.postgres().startedDataDir();
        int postgresPort = stack.postgres().port();
        try {
            checkKafka(stack, broker.isPresent());
            checkDatabase(stack);
            checkToken(stack);
        } finally {
            stack.close();
        }

        assertEquals(broker.isEmpty(), KafkaBroker.localAnswers(), "a reused broker still answers, ours is gone");
        broker.ifPresent(process -> assertFalse(process.isAlive(), "the broker we started has exited"));
        assertEquals(cluster.isEmpty(), portOpen(postgresPort), "a reused PostgreSQL still answers, ours is gone");
        cluster.ifPresent(dir -> assertFalse(Files.exists(dir), "our temporary cluster is deleted"));
    }

    private static void checkKafka(DevStack stack, boolean startedHere) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get(20, TimeUnit.SECONDS);
            assertEquals(Topics.ALL.size(), topics.size());
            if (startedHere) {
                topics.values().forEach(topic -> assertEquals(DevStack.TOPIC_PARTITIONS, topic.partitions().size()));
            }
        }
    }

    private static void checkDatabase(DevStack stack) throws SQLException {
        // A quote in the password proves it is escaped, not pasted into the DDL.
        Database db = stack.database(DB, DB, "pw'" + DB, true);
        assertEquals("jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + DB, db.jdbcUrl());
        assertEquals("postgresql://" + db.host() + ":" + db.port() + "/" + DB, db.reactiveUrl());
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            ResultSet who = connection.createStatement().executeQuery("SELECT current_user");
            who.next();
            assertEquals(DB, who.getString(1));
            // The service's role owns its database, so it can create its schema (Flyway does this).
            connection.createStatement().execute("CREATE TABLE probe (id int)");
        }
        stack.database(DB, DB, "pw'" + DB, false);
        assertTrue(hasProbeTable(db), "not fresh: kept");
        stack.database(DB, DB, "pw'" + DB, true);
        assertFalse(hasProbeTable(db), "fresh: dropped and created again");

        Map<String, String> env = ServiceSpec.INTAKE.env(stack, 18091, db);
        assertEquals("18091", env.get("QUARKUS_HTTP_PORT"));
        assertEquals(db.reactiveUrl(), env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals(stack.kafkaBootstrap(), env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertTrue(Files.exists(Path.of(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))));
        stack.postgres().dropDatabase(DB);
    }

    private static boolean hasProbeTable(Database db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            ResultSet table = connection.createStatement().executeQuery("SELECT to_regclass('probe') IS NOT NULL");
            table.next();
            return table.getBoolean(1);
        }
    }

    private static void checkToken(DevStack stack) throws Exception {
        String token = stack.jwt().mint("department", "d-42", Duration.ofMinutes(5));
        // Verified with the key as the services read it: the PEM file, not the in-memory key.
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(readPublicKey(Path.of(stack.publicKeyLocation())))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(JwtKeys.ISSUER)
                .setExpectedAudience(JwtKeys.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .build();
        JwtClaims claims = consumer.processToClaims(token);
        assertEquals("department@d-42", claims.getSubject());
        assertEquals("department@d-42", claims.getClaimValueAsString("upn"));
        assertEquals(List.of("department"), claims.getStringListClaimValue("groups"));
        assertEquals("d-42", claims.getClaimValueAsString("department"));
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertNotNull(claims.getJwtId());
    }

    private static PublicKey readPublicKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        assertTrue(text.startsWith("-----BEGIN PUBLIC KEY-----"));
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
