package org.hotline2110.intake.reference;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.seeds.Seeds;

import io.quarkus.runtime.Startup;

/** The vocabularies an operator picks from (channels, demand types, topics, towns), read once from seeds/. */
// built at start: seeds are read once, off the event loop, and a broken seed file stops the service at once
@Startup
@ApplicationScoped
public class ReferenceData {

    private static final Set<String> PLACE_KINDS = Set.of("TOWN", "STREET", "PARK");

    private final Set<String> channels;
    private final Set<String> demandTypes;
    private final Set<String> topics;
    private final Set<String> towns;

    public ReferenceData(ObjectMapper mapper) {
        this.channels = ids(Seeds.read(mapper, "channels.json", new TypeReference<Map<String, Object>>() { }), "channels");
        this.demandTypes = ids(Seeds.read(mapper, "demand-types.json", new TypeReference<Map<String, Object>>() { }), "demandTypes");
        this.topics = ids(Seeds.read(mapper, "topics.json", new TypeReference<Map<String, Object>>() { }), "topics");
        Departments departments = Seeds.read(mapper, "departments.json", new TypeReference<Departments>() { });
        this.towns = departments.departments().stream()
                .filter(d -> PLACE_KINDS.contains(d.kind()))
                .map(Department::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses a value that is not in its vocabulary, naming the field the operator must correct. */
    public void requireKnown(String field, String value) {
        Set<String> known = switch (field) {
            case "channel" -> channels;
            case "demandType" -> demandTypes;
            case "topic" -> topics;
            case "town" -> towns;
            default -> throw new IllegalArgumentException(field);
        };
        if (!known.contains(value)) {
            throw ProblemException.invalid(field, "unknown " + field + " '" + value + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> ids(Map<String, Object> seed, String list) {
        return ((List<Map<String, Object>>) seed.get(list)).stream()
                .map(entry -> (String) entry.get("id"))
                .collect(Collectors.toUnmodifiableSet());
    }

    record Department(String id, String name, String kind) {
    }

    record Departments(List<Department> departments) {
    }
}
