package org.hotline2110.intake.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.intake.TicketFixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each reading of a contact's name and phone in clear is recorded: who (subject and name), when, which ticket, how. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class ContactAccessTest {

    private static final String ACCESSES = "/api/v1/contact-accesses";

    private static String person(String role, String name) {
        return "Bearer " + DevStackTestResource.token(role, null, name);
    }

    @Test
    void readingATicketInClearIsRecordedAndAnAdminFindsItByTicketAndByPerson() {
        String id = TicketFixtures.create(TicketFixtures.ticketOfNewEnterprise("台州审计测试机械有限公司"));

        given().header("Authorization", person("operator", "张三")).when().get("/api/v1/tickets/" + id)
                .then().statusCode(200).body("contactName", equalTo("王经理"));
        // a supervisor sees the contact masked: nothing read, nothing recorded
        given().header("Authorization", person("supervisor", "赵督查")).when().get("/api/v1/tickets/" + id)
                .then().statusCode(200);
        given().header("Authorization", person("operator", "李四"))
                .when().get("/api/v1/tickets?enterprise=台州审计测试机械")
                .then().statusCode(200).body("contactName", hasItem("王经理"));

        given().header("Authorization", person("admin", "管理员")).when().get(ACCESSES + "?ticket=" + id)
                .then().statusCode(200).header("X-Total-Count", "2")
                .body("$", hasSize(2))
                .body("[0].readBy", equalTo("operator/李四")).body("[0].readerName", equalTo("李四"))
                .body("[0].what", equalTo("SEARCH")).body("[0].ticketId", equalTo(id))
                .body("[1].readBy", equalTo("operator/张三")).body("[1].readerName", equalTo("张三"))
                .body("[1].what", equalTo("TICKET"));
        given().header("Authorization", person("admin", "管理员")).when().get(ACCESSES + "?ticket=" + id + "&person=张三")
                .then().statusCode(200).body("$", hasSize(1)).body("readerName", everyItem(equalTo("张三")));
        given().header("Authorization", person("admin", "管理员")).when().get(ACCESSES + "?person=operator/张三")
                .then().statusCode(200).body("readBy", everyItem(equalTo("operator/张三")));
    }

    @Test
    void onlyAnAdminReadsTheRecordAndBadPagingIs400() {
        for (String role : new String[] { "operator", "supervisor", "dispatcher" }) {
            given().header("Authorization", person(role, "某人")).when().get(ACCESSES)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", person("admin", "管理员")).when().get(ACCESSES + "?page=100001")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", person("admin", "管理员")).when().get(ACCESSES + "?size=201")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", person("admin", "管理员")).when().get(ACCESSES + "?ticket=not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
