package org.hotline2110.sla.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.seeds.Seeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The topics of seeds/topics.json, in their order, for the board's filter. */
@ApplicationScoped
class Topics {

    private final Map<String, String> names = new LinkedHashMap<>();

    Topics(ObjectMapper mapper) {
        Map<String, List<Map<String, String>>> seed = Seeds.read(mapper, "topics.json", new TypeReference<>() { });
        seed.get("topics").forEach(topic -> names.put(topic.get("id"), topic.get("name")));
    }

    Map<String, String> names() {
        return names;
    }

    String name(String id) {
        return id == null ? "" : names.getOrDefault(id, id);
    }
}
