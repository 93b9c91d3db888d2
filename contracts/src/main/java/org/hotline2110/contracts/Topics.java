package org.hotline2110.contracts;

import java.util.List;

/** Kafka topics of the system. Record keys are ticket ids, so one ticket's events stay in order. */
public final class Topics {

    public static final String TICKET_RECEIVED = "hotline.ticket.received.v1";
    public static final String TICKET_LIFECYCLE = "hotline.ticket.lifecycle.v1";
    public static final String TICKET_FEEDBACK = "hotline.ticket.feedback.v1";
    public static final String SLA_ALERT = "hotline.sla.alert.v1";
    public static final String SLA_CLOCK = "hotline.sla.clock.v1";

    public static final List<String> ALL = List.of(TICKET_RECEIVED, TICKET_LIFECYCLE, TICKET_FEEDBACK, SLA_ALERT,
            SLA_CLOCK);

    private Topics() {
    }

    /** Each consuming service has its own dead-letter topic per topic it reads, so one service's rejects never mix with another's. */
    public static String deadLetter(String topic, String service) {
        return topic + "." + service + ".dlq";
    }
}
