package org.hotline2110.dispatch.workflow;

import java.util.List;
import java.util.Map;

import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.dispatch.ticket.TicketState;

/**
 * What an action did, for {@link Workflow} to record: the handling-log note and details, the events to announce, and
 * (rarely) a state of its own choosing; null keeps the state {@link Transitions} gives.
 */
public record Outcome(String note, Map<String, Object> details, List<HotlineEvent> events, TicketState state) {

    public static Outcome of(String note, Map<String, Object> details, HotlineEvent... events) {
        return new Outcome(note, details, List.of(events), null);
    }

    /** The ticket's state and lead were already written by the action (routing). */
    public static Outcome routed(String note, Map<String, Object> details, List<HotlineEvent> events) {
        return new Outcome(note, details, events, null);
    }
}
