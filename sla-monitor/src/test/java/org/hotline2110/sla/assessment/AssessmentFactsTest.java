package org.hotline2110.sla.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The assessment's own consumers: a repeat changes nothing, a bad record is dead-lettered and stores nothing. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class AssessmentFactsTest {

    @Inject
    DataSource dataSource;

    private static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    @Test
    void aCallBackDeliveredTwiceIsCountedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String first = feedback(id, 1);
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", "repeat-" + id,
                "ce_type", EventType.TICKET_FEEDBACK_RECORDED.type(), "ce_source", "test",
                "ce_time", "2025-03-10T03:00:00Z", "ce_subject", id, "content-type", "application/json");
        kafka().send(Topics.TICKET_FEEDBACK, id, first, headers);
        kafka().send(Topics.TICKET_FEEDBACK, id, first, headers);
        kafka().sendEvent(Topics.TICKET_FEEDBACK, EventType.TICKET_FEEDBACK_RECORDED.type(), id, feedback(id, 2));

        // the second resolution's call-back comes after the repeat on the same partition: once it is in, so is all
        await().atMost(Duration.ofSeconds(30)).until(() -> count("ticket_feedback", id) == 2);
        assertThat(count("ticket_event", id)).isEqualTo(2);
    }

    @Test
    void aReceivedTicketAgainstItsSchemaIsDeadLetteredAndStoresNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        kafka().sendEvent(Topics.TICKET_RECEIVED, EventType.TICKET_RECEIVED.type(), id, """
                {"ticketId":"%s","ticketNumber":"KH-BAD","receivedAt":"2025-03-10T02:00:00Z","channel":"phone",
                 "demandType":"help","topic":"approvals","urgency":"NORMAL","town":"xinqiao-town",
                 "enterprise":{"name":"测试企业","creditCode":"NOT-A-CREDIT-CODE"},"contactPhoneMasked":"138****5678",
                 "summary":"信用代码不合规"}""".formatted(id));
        List<ConsumerRecord<String, String>> dead = kafka().read(Topics.deadLetter(Topics.TICKET_RECEIVED, "sla-monitor"),
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).isNotBlank();
        assertThat(count("assessment_ticket", id)).isZero();
        assertThat(count("ticket_event", id)).isZero();
    }

    private static String feedback(String id, int resolution) {
        return """
                {"ticketId":"%s","ticketNumber":"KH-REPEAT","resolution":%d,"leadDepartment":"tax","outcome":"RESOLVED",
                 "satisfaction":"SATISFIED","recordedAt":"2025-03-10T03:00:00Z"}""".formatted(id, resolution);
    }

    private int count(String table, String ticketId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM " + table + " WHERE ticket_id = ?::uuid")) {
            query.setString(1, ticketId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
