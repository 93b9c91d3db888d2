package org.hotline2110.notification.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** What the tests of this service do again and again: subscribe, raise an alert, read the log. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String supervisor() {
        return "Bearer " + DevStackTestResource.token("supervisor");
    }

    public static KafkaProbe kafka() {
        return new KafkaProbe(DevStackTestResource.kafkaBootstrap());
    }

    /**
     * An alert as sla-monitor raises it, of the ticket's first assignment: a YELLOW's deadline lies days ahead, a RED's
     * or GREEN's just passed; {@code nextWorking} null as in alerts from before the field existed.
     */
    public static String alert(UUID alertId, UUID ticketId, String department, String clock, String level,
            Instant raisedAt, Instant nextWorking) {
        Instant deadline = "YELLOW".equals(level) ? raisedAt.plus(java.time.Duration.ofDays(4)) : raisedAt.minusSeconds(60);
        return alert(alertId, ticketId, department, clock, level, deadline, raisedAt, nextWorking);
    }

    public static String alert(UUID alertId, UUID ticketId, String department, String clock, String level,
            Instant deadline, Instant raisedAt, Instant nextWorking) {
        return """
                {"alertId":"%s","ticketId":"%s","ticketNumber":"T-%s","department":"%s","clock":"%s","level":"%s",
                 "deadline":"%s","deadlineVersion":1,"raisedAt":"%s","duringWorkingHours":%s,"nextWorkingInstant":%s,
                 "assignment":1,"round":1}"""
                .formatted(alertId, ticketId, ticketId.toString().substring(0, 8), department, clock, level,
                        deadline, raisedAt,
                        nextWorking == null ? "null" : Boolean.toString(nextWorking.equals(raisedAt)),
                        nextWorking == null ? "null" : "\"" + nextWorking + "\"");
    }

    public static void raise(UUID ticketId, String json) {
        kafka().sendEvent(Topics.SLA_ALERT, EventType.SLA_ALERT_RAISED.type(), ticketId.toString(), json);
    }

    /** A clock event of the ticket's first assignment, as sla-monitor announces it. */
    public static void clockChanged(UUID ticketId, String department, String clock, String state, String light,
            int deadlineVersion, Instant changedAt) {
        kafka().sendEvent(Topics.SLA_CLOCK, EventType.SLA_CLOCK_CHANGED.type(), ticketId.toString(), """
                {"ticketId":"%s","ticketNumber":"T-%s","assignment":1,"department":"%s","clock":"%s","round":1,
                 "state":"%s","light":"%s","startedAt":"%s","warnAt":"%s","deadline":"%s","deadlineVersion":%d,
                 "metAt":%s,"changedAt":"%s"}"""
                .formatted(ticketId, ticketId.toString().substring(0, 8), department, clock, state, light,
                        changedAt.minusSeconds(86_400), changedAt.plusSeconds(86_400), changedAt.plusSeconds(172_800),
                        deadlineVersion, "MET".equals(state) ? "\"" + changedAt + "\"" : "null", changedAt));
    }

    /** Creates a subscription; answers its JSON, secret included. */
    public static JsonPath subscribe(Map<String, Object> body) {
        return given().header("Authorization", supervisor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201).extract().jsonPath();
    }

    public static void unsubscribe(String id) {
        given().header("Authorization", supervisor()).when().delete("/api/v1/subscriptions/" + id)
                .then().statusCode(204);
    }

    /** The log's deliveries matching {@code query} (e.g. {@code ticketId=...&status=DELIVERED}). */
    public static List<Map<String, Object>> deliveries(String query) {
        return given().header("Authorization", supervisor()).when().get("/api/v1/deliveries?size=500&" + query)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static Duration patience() {
        return Duration.ofSeconds(30);
    }
}
