package org.hotline2110.intake;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.intake.enterprise.CreditCode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** A valid ticket body, as an operator's client sends it, ready to be broken one field at a time; and small helpers. */
public final class TicketFixtures {

    static final String CREDIT_CODE = "91330782MA28C1X705";
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TicketFixtures() {
    }

    static Map<String, Object> ticket() {
        Map<String, Object> body = new HashMap<>();
        body.put("enterprise", new HashMap<>(Map.of("name", "浙江恒丰精密机械有限公司", "creditCode", CREDIT_CODE)));
        body.put("contact", new HashMap<>(Map.of("name", "王经理", "phone", "13857112345")));
        body.put("channel", "phone");
        body.put("demandType", "help");
        body.put("topic", "approvals");
        body.put("urgency", "NORMAL");
        body.put("town", "xinqiao-town");
        body.put("address", "新桥镇工业路8号");
        body.put("summary", "新建厂房消防验收材料反复退回");
        body.put("description", "企业新建二期厂房，消防验收申请材料三次被退回，请求一次性告知。");
        return body;
    }

    /** A ticket of an enterprise of its own (a fresh, valid credit code), so tests never see each other's tickets. */
    public static Map<String, Object> ticketOfNewEnterprise(String name) {
        Map<String, Object> body = ticket();
        nested(body, "enterprise").put("name", name);
        nested(body, "enterprise").put("creditCode", newCreditCode());
        return body;
    }

    static String newCreditCode() {
        StringBuilder code = new StringBuilder("9133");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> nested(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    static String bearer(String role) {
        return "Bearer " + DevStackTestResource.token(role);
    }

    public static Response post(String path, Object body) {
        return given().header("Authorization", bearer("operator")).contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    public static String create(Map<String, Object> body) {
        return post("/api/v1/tickets", body).then().statusCode(201).extract().path("id");
    }

    public static long count(Pool pool, String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().indefinitely().iterator().next().getLong(0);
    }
}
