package org.hotline2110.dispatch.routing;

import java.util.List;
import java.util.Optional;

/** Picks the lead department: the matching rule of highest priority; ties go to the rule listed first. */
public final class Router {

    private Router() {
    }

    /** Empty when no rule matches: the ticket then waits for the dispatch centre. */
    public static Optional<RoutingRule> route(List<RoutingRule> rules, RoutingRequest request) {
        return rules.stream()
                .filter(rule -> rule.match().matches(request))
                .reduce((best, next) -> next.priority() > best.priority() ? next : best);
    }
}
