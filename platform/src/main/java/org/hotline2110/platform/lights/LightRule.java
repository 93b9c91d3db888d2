package org.hotline2110.platform.lights;

import java.time.Instant;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.ClockState;

/**
 * The one rule by which every consumer keeps a clock's light from sla-monitor's alerts and clock events, whatever
 * order the two topics deliver them in:
 * <ul>
 * <li>the newest clock wins: a later assignment, round or deadline version replaces what was known, light and all,
 * so a re-route, a reopen or a moved deadline starts from what sla-monitor says of the new one;</li>
 * <li>of the same clock, a cancellation is final and shows no light;</li>
 * <li>a met clock shows GREEN if it had warned, else nothing, and no late warning brings it back;</li>
 * <li>an open clock shows the worse of what was heard, RED over YELLOW; between running and paused, the later
 * change wins.</li>
 * </ul>
 */
public final class LightRule {

    private LightRule() {
    }

    public static ClockLight next(ClockLight known, ClockLight heard) {
        if (known == null) {
            return heard;
        }
        int age = ClockLight.AGE.compare(heard, known);
        if (age != 0) {
            return age > 0 ? heard : known;
        }
        ClockState state = state(known, heard);
        return new ClockLight(known.ticketId(), either(heard.ticketNumber(), known.ticketNumber()), known.clock(),
                either(heard.department(), known.department()), known.assignment(), known.round(),
                known.deadlineVersion(), state, shown(state, known.shown(), heard.shown()),
                either(heard.startedAt(), known.startedAt()), either(heard.warnAt(), known.warnAt()),
                either(heard.deadline(), known.deadline()), later(known.changedAt(), heard.changedAt()));
    }

    private static ClockState state(ClockLight known, ClockLight heard) {
        if (known.state() == ClockState.CANCELLED || heard.state() == ClockState.CANCELLED) {
            return ClockState.CANCELLED;
        }
        if (known.state() == ClockState.MET || heard.state() == ClockState.MET) {
            return ClockState.MET;
        }
        if (known.state() == null || heard.state() == null) {
            return known.state() == null ? heard.state() : known.state();
        }
        return heard.changedAt().isBefore(known.changedAt()) ? known.state() : heard.state();
    }

    private static AlertLevel shown(ClockState state, AlertLevel known, AlertLevel heard) {
        if (state == ClockState.CANCELLED) {
            return null;
        }
        if (state == ClockState.MET) {
            return known != null || heard != null ? AlertLevel.GREEN : null;
        }
        return severity(heard) > severity(known) ? heard : known;
    }

    private static int severity(AlertLevel level) {
        if (level == null) {
            return 0;
        }
        return switch (level) {
            case YELLOW -> 1;
            case RED -> 2;
            case GREEN -> 0;
        };
    }

    private static <T> T either(T preferred, T otherwise) {
        return preferred != null ? preferred : otherwise;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
