package org.hotline2110.dispatch.workflow;

import java.util.List;
import java.util.Map;

import org.hotline2110.contracts.HotlineEvent;

/** What an action did, for {@link Workflow} to record: the handling-log note and details, and the events to announce. */
public record Outcome(String note, Map<String, Object> details, List<HotlineEvent> events) {

    public static Outcome of(String note, Map<String, Object> details, HotlineEvent... events) {
        return new Outcome(note, details, List.of(events));
    }
}
