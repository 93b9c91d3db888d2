package org.hotline2110.dispatch.routing;

import java.util.List;

/** One line of seeds/routing-rules.json: what it matches and whom it makes lead and assisting departments. */
public record RoutingRule(String id, int priority, Match match, String lead, List<String> assisting) {

    /** Every criterion a rule names must match; a criterion it leaves out matches anything. */
    public record Match(String topic, String demandType, String town, List<String> keywords) {

        boolean matches(RoutingRequest request) {
            return (topic == null || topic.equals(request.topic()))
                    && (demandType == null || demandType.equals(request.demandType()))
                    && (town == null || town.equals(request.town()))
                    && (keywords == null || keywords.isEmpty()
                            || keywords.stream().anyMatch(k -> request.text().contains(k)));
        }
    }
}
