package org.hotline2110.intake.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.intake.TicketFixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * 180 days (the default retention) after a ticket closed its contact's name and phone are erased, those of its repeat
 * calls too; the ticket, its number, enterprise and figures stay. An open ticket, or one closed recently, keeps them.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ContactErasureTest {

    private static final String ADMIN = "Bearer " + DevStackTestResource.token("admin", null, "管理员");

    @Inject
    ContactErasure erasure;

    @Inject
    Pool pool;

    @Test
    void aTicketClosedLongerThanTheRetentionLosesItsContactAndKeepsTheRest() {
        Instant now = Instant.now();
        String old = TicketFixtures.create(TicketFixtures.ticketOfNewEnterprise("宁波早年结案精工有限公司"));
        TicketFixtures.post("/api/v1/tickets/" + old + "/calls",
                Map.of("channel", "phone", "contact", Map.of("name", "李会计", "phone", "13957154321")))
                .then().statusCode(201);
        String recent = TicketFixtures.create(TicketFixtures.ticketOfNewEnterprise("宁波新近结案精工有限公司"));
        String open = TicketFixtures.create(TicketFixtures.ticketOfNewEnterprise("宁波仍在办理精工有限公司"));
        String number = given().header("Authorization", ADMIN).when().get("/api/v1/tickets/" + old)
                .then().statusCode(200).extract().path("number");
        close(old, now.minus(Duration.ofDays(181)));
        close(recent, now.minus(Duration.ofDays(179)));

        erasure.eraseDue(now).await().indefinitely();

        given().header("Authorization", ADMIN).when().get("/api/v1/tickets/" + old)
                .then().statusCode(200)
                .body("$", not(hasKey("contactName"))).body("$", not(hasKey("contactPhone")))
                .body("contactErased", equalTo(true))
                .body("number", equalTo(number)).body("enterpriseName", equalTo("宁波早年结案精工有限公司"))
                .body("status", equalTo("CLOSED")).body("linkedCalls", equalTo(1));
        given().header("Authorization", ADMIN).when().get("/api/v1/tickets/" + old + "/calls")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0]", not(hasKey("contactName"))).body("[0]", not(hasKey("contactPhone")))
                .body("channel", everyItem(equalTo("phone")));
        // a supervisor's masked view of an erased ticket has nothing to mask
        given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get("/api/v1/tickets/" + old).then().statusCode(200).body("$", not(hasKey("contactPhone")));

        for (String kept : new String[] { recent, open }) {
            given().header("Authorization", ADMIN).when().get("/api/v1/tickets/" + kept)
                    .then().statusCode(200).body("contactName", equalTo("王经理"))
                    .body("contactPhone", equalTo("13857112345")).body("contactErased", equalTo(false));
        }
        // erasing again finds nothing more to do for these tickets
        erasure.eraseDue(now).await().indefinitely();
        given().header("Authorization", ADMIN).when().get("/api/v1/tickets/" + recent)
                .then().statusCode(200).body("contactName", equalTo("王经理"));
    }

    /** The read model's closing, as the lifecycle consumer records it. */
    private void close(String id, Instant closedAt) {
        pool.preparedQuery("UPDATE ticket SET status = 'CLOSED', closed_at = $2, status_changed_at = $2 WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(id), closedAt.atOffset(ZoneOffset.UTC))).await().indefinitely();
    }
}
