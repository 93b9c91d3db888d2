package org.hotline2110.intake;

import java.util.HashMap;
import java.util.Map;

/** A valid ticket body, as an operator's client sends it, ready to be broken one field at a time. */
final class TicketFixtures {

    static final String CREDIT_CODE = "91330782MA28C1X705";

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

    @SuppressWarnings("unchecked")
    static Map<String, Object> nested(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }
}
