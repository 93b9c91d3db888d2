package org.hotline2110.dispatch.routing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.seeds.Seeds;

import io.quarkus.runtime.Startup;

/** Picks the lead department by the rules of seeds/routing-rules.json: the matching rule of highest priority. */
// built at start: seeds are read once, off the event loop, and a broken seed file stops the service at once
@Startup
@ApplicationScoped
public class Router {

    private final List<RoutingRule> rules;

    @Inject
    public Router(ObjectMapper mapper) {
        this(Seeds.read(mapper, "routing-rules.json", new TypeReference<Rules>() { }).rules());
    }

    Router(List<RoutingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Empty when no rule matches: the ticket then waits for the dispatch centre. Ties go to the rule listed first. */
    public Optional<RoutingRule> route(RoutingRequest request) {
        return rules.stream()
                .filter(rule -> rule.match().matches(request))
                .reduce((best, next) -> next.priority() > best.priority() ? next : best);
    }

    record Rules(List<RoutingRule> rules) {
    }
}
