package org.hotline2110.sla.policy;

import java.util.Map;

import org.hotline2110.contracts.sla.Clock;

/** The SLA policy file: which calendar, when the yellow warning comes, and each clock's length. */
public record SlaPolicy(String calendar, double warningRatio, Map<Clock, ClockPolicy> clocks) {

    SlaPolicy checked() {
        if (warningRatio <= 0 || warningRatio >= 1) {
            throw new IllegalStateException("SLA policy warningRatio must be between 0 and 1");
        }
        for (Clock clock : Clock.values()) {
            ClockPolicy policy = clocks.get(clock);
            if (policy == null) {
                throw new IllegalStateException("SLA policy has no clock " + clock);
            }
            policy.check(clock.name());
        }
        return this;
    }

    public ClockPolicy clock(Clock clock) {
        return clocks.get(clock);
    }
}
