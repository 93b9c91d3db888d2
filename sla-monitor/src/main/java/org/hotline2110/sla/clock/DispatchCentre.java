package org.hotline2110.sla.clock;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.seeds.Seeds;

import io.quarkus.runtime.Startup;

/**
 * The department that routes what no rule could (seeds/departments.json, kind DISPATCH_CENTRE): it owns DISPATCH.
 * Read at start, so a seed file without one stops the service rather than an event.
 */
@Startup
@ApplicationScoped
public class DispatchCentre {

    private final String id;

    public DispatchCentre(ObjectMapper mapper) {
        Map<String, Object> seed = Seeds.read(mapper, "departments.json", new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> departments = (List<Map<String, Object>>) seed.get("departments");
        this.id = departments.stream()
                .filter(d -> "DISPATCH_CENTRE".equals(d.get("kind")))
                .map(d -> (String) d.get("id"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("seeds/departments.json names no DISPATCH_CENTRE"));
    }

    public String id() {
        return id;
    }
}
