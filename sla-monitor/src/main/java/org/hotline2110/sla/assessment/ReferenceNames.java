package org.hotline2110.sla.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.seeds.Seeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Chinese names of departments, topics and demand types, for what a person reads; an unknown id shows as itself. */
@ApplicationScoped
public class ReferenceNames {

    private final Map<String, Map<String, String>> names = new HashMap<>();

    public ReferenceNames(ObjectMapper mapper) {
        read(mapper, "departments.json", "departments");
        read(mapper, "topics.json", "topics");
        read(mapper, "demand-types.json", "demandTypes");
    }

    private void read(ObjectMapper mapper, String file, String list) {
        Map<String, Object> seed = Seeds.read(mapper, file, new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) seed.get(list);
        Map<String, String> byId = new HashMap<>();
        entries.forEach(entry -> byId.put((String) entry.get("id"), (String) entry.get("name")));
        names.put(list, byId);
    }

    public String department(String id) {
        return name("departments", id);
    }

    public String topic(String id) {
        return name("topics", id);
    }

    public String demandType(String id) {
        return name("demandTypes", id);
    }

    private String name(String list, String id) {
        return id == null ? null : names.get(list).getOrDefault(id, id);
    }
}
