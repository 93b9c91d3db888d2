package org.hotline2110.dispatch.routing;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.seeds.Seeds;

/** The rules of seeds/routing-rules.json, which a new database starts with. */
public final class SeedRules {

    private SeedRules() {
    }

    public static List<RoutingRule> read(ObjectMapper mapper) {
        return Seeds.read(mapper, "routing-rules.json", new TypeReference<Rules>() { }).rules();
    }

    record Rules(List<RoutingRule> rules) {
    }
}
