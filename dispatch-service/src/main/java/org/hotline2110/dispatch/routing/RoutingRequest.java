package org.hotline2110.dispatch.routing;

/** What routing looks at: the ticket's topic, demand type, town and its text (for keywords). */
public record RoutingRequest(String topic, String demandType, String town, String text) {
}
