package org.hotline2110.sla.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What keeps the pages safe, asked over HTTP as a browser or an attacker's page would ask. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class PageSafetyTest {

    private static final String YEAR_2099 = """
            {"holidays":[{"date":"2099-01-01","name":"元旦"}],"makeupWorkdays":[{"date":"2099-01-03","name":"元旦"}]}""";

    private static String admin() {
        return DevStackTestResource.token("admin");
    }

    @Test
    void aPageIsSentWithItsSecurityHeaders() {
        given().cookie("hotline_token", admin()).accept("text/html").when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(not(containsString("<script>")));
        given().when().get("/hotline/pages.js").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().when().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void aChangeWithoutTheCsrfHeaderIsRefusedAndChangesNothing() {
        given().cookie("hotline_token", admin()).formParam("year", "2099").formParam("json", YEAR_2099)
                .when().post("/calendar/load")
                .then().statusCode(403).contentType("application/problem+json");
        given().cookie("hotline_token", admin()).when().post("/sign-out")
                .then().statusCode(403).header("Set-Cookie", nullValue());
        given().header("Authorization", "Bearer " + admin()).when().get("/api/v1/calendars")
                .then().statusCode(200).body("find { it.name == 'default' }.holidayYears", not(hasItem(2099)));

        // the same request from the page, with htmx's header, does change it: the refusal above was the defence
        given().cookie("hotline_token", admin()).header("HX-Request", "true")
                .formParam("year", "2099").formParam("json", YEAR_2099)
                .when().post("/calendar/load")
                .then().statusCode(200).body(containsString("2099 年的节假日已载入"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", "Bearer " + admin())
                .when().get("/api/v1/calendars")
                .then().body("find { it.name == 'default' }.holidayYears", hasItem(2099)));
    }

    @Test
    void signOutFromThePageClearsTheCookie() {
        given().cookie("hotline_token", admin()).header("HX-Request", "true").when().post("/sign-out")
                .then().statusCode(204).header("HX-Redirect", "/sign-in?signed-out=true")
                .header("Set-Cookie", containsString("hotline_token=;"))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
    }

    @Test
    void theDevSignInSetsAnHttpOnlyStrictCookieAndRefusesABadToken() {
        given().redirects().follow(false).when().get("/dev/sign-in?token=" + admin() + "&to=/assessment")
                .then().statusCode(303).header("Location", containsString("/assessment"))
                .header("Set-Cookie", containsString("hotline_token=ey"))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
        given().redirects().follow(false).when().get("/dev/sign-in?token=" + admin() + "&to=//evil.example/")
                .then().statusCode(303).header("Location", not(containsString("evil.example")));
        given().redirects().follow(false).when().get("/dev/sign-in?token=not-a-token")
                .then().statusCode(303).header("Location", containsString("/sign-in"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void aPageWithoutATokenRedirectsWhileTheApiAnswersProblemJson() {
        given().redirects().follow(false).accept("text/html").when().get("/")
                .then().statusCode(303).header("Location", containsString("/sign-in"));
        given().header("HX-Request", "true").when().get("/board/table")
                .then().statusCode(401).header("HX-Redirect", "/sign-in");
        given().when().get("/api/v1/clocks").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/live").then().statusCode(401);
    }

    @Test
    void badInputOnAPageIsAChineseMessageWhileTheApiAnswers400() {
        given().cookie("hotline_token", admin()).accept("text/html").when().get("/?light=PURPLE&colour=red")
                .then().statusCode(200).body(containsString("未知的灯色“PURPLE”"))
                .body(containsString("未知的筛选条件“colour”"));
        given().header("Authorization", "Bearer " + admin()).when().get("/api/v1/clocks?light=PURPLE")
                .then().statusCode(400).contentType("application/problem+json");
        given().cookie("hotline_token", admin()).accept("text/html").when().get("/assessment?from=2026-13-01")
                .then().statusCode(400).contentType(startsWith("text/html")).body(containsString("时段有误"));
        given().header("Authorization", "Bearer " + admin())
                .when().get("/api/v1/assessments?from=2026-13-01&to=2026-12-31")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
