package org.hotline2110.platform.lights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.SlaAlertRaised;
import org.hotline2110.contracts.sla.SlaClockChanged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The light rule as a table: what was known, what was heard, and what a consumer then shows. */
class LightRuleTest {

    private static final UUID TICKET = UUID.fromString("0b6f4c1e-8d2a-4f57-9a3e-2c1d5e7f9a10");
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    static Stream<Arguments> cases() {
        return Stream.of(
                // what was known, what was heard, the state and light a consumer then keeps
                row("first word: a clock started", null, clock(1, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 0),
                        ClockState.RUNNING, null),
                row("first word: a warning", null, alert(1, 1, 1, AlertLevel.YELLOW, 0), null, AlertLevel.YELLOW),
                row("a warning of the running clock", clock(1, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 0),
                        alert(1, 1, 1, AlertLevel.YELLOW, 1), ClockState.RUNNING, AlertLevel.YELLOW),
                row("within a version RED over YELLOW", alert(1, 1, 1, AlertLevel.RED, 2),
                        alert(1, 1, 1, AlertLevel.YELLOW, 1), null, AlertLevel.RED),
                row("YELLOW then RED", alert(1, 1, 1, AlertLevel.YELLOW, 1), alert(1, 1, 1, AlertLevel.RED, 2),
                        null, AlertLevel.RED),
                row("a pause keeps the light", alert(1, 1, 1, AlertLevel.YELLOW, 1),
                        clock(1, 1, 1, ClockState.PAUSED, AlertLevel.YELLOW, 2), ClockState.PAUSED, AlertLevel.YELLOW),
                row("a late pause does not undo the resume", clock(1, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 5),
                        clock(1, 1, 1, ClockState.PAUSED, AlertLevel.GREEN, 3), ClockState.RUNNING, null),
                row("a new deadline no longer yellow turns the light off", alert(1, 1, 1, AlertLevel.YELLOW, 1),
                        clock(1, 1, 2, ClockState.RUNNING, AlertLevel.GREEN, 2), ClockState.RUNNING, null),
                row("a new deadline still past the warning stays yellow", alert(1, 1, 1, AlertLevel.RED, 1),
                        clock(1, 1, 2, ClockState.RUNNING, AlertLevel.YELLOW, 2), ClockState.RUNNING, AlertLevel.YELLOW),
                row("an alert of the old deadline changes nothing", clock(1, 1, 2, ClockState.RUNNING, AlertLevel.GREEN, 2),
                        alert(1, 1, 1, AlertLevel.RED, 3), ClockState.RUNNING, null),
                row("the new deadline's warning before its clock event", alert(1, 1, 2, AlertLevel.YELLOW, 3),
                        clock(1, 1, 2, ClockState.RUNNING, AlertLevel.GREEN, 2), ClockState.RUNNING, AlertLevel.YELLOW),
                row("met after a warning is GREEN", alert(1, 1, 1, AlertLevel.RED, 1),
                        clock(1, 1, 1, ClockState.MET, AlertLevel.RED, 2), ClockState.MET, AlertLevel.GREEN),
                row("the GREEN alert before the clock event", clock(1, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 0),
                        alert(1, 1, 1, AlertLevel.GREEN, 2), ClockState.MET, AlertLevel.GREEN),
                row("met without a warning shows nothing", clock(1, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 0),
                        clock(1, 1, 1, ClockState.MET, AlertLevel.GREEN, 1), ClockState.MET, null),
                row("then a late warning does not bring it back", clock(1, 1, 1, ClockState.MET, AlertLevel.RED, 2),
                        alert(1, 1, 1, AlertLevel.RED, 1), ClockState.MET, AlertLevel.GREEN),
                row("cancelled shows no light", alert(1, 1, 1, AlertLevel.RED, 1),
                        clock(1, 1, 1, ClockState.CANCELLED, AlertLevel.RED, 2), ClockState.CANCELLED, null),
                row("a late alert of a cancelled clock stays dark", clock(1, 1, 1, ClockState.CANCELLED, AlertLevel.RED, 2),
                        alert(1, 1, 1, AlertLevel.RED, 1), ClockState.CANCELLED, null),
                row("a re-route: the new lead's clock replaces the old lead's RED", alert(1, 1, 1, AlertLevel.RED, 1),
                        clock(2, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 2), ClockState.RUNNING, null),
                row("the old lead's late RED after the re-route changes nothing",
                        clock(2, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 2), alert(1, 1, 1, AlertLevel.RED, 3),
                        ClockState.RUNNING, null),
                row("a reopen's new round starts dark", clock(1, 1, 1, ClockState.MET, AlertLevel.RED, 2),
                        clock(1, 2, 1, ClockState.RUNNING, AlertLevel.GREEN, 3), ClockState.RUNNING, null),
                row("an alert of the old shape ranks below a named clock", clock(1, 1, 1, ClockState.RUNNING, AlertLevel.GREEN, 0),
                        oldAlert(AlertLevel.RED, 1), ClockState.RUNNING, null),
                row("alerts of the old shape keep their own order", oldAlert(AlertLevel.YELLOW, 1),
                        oldAlert(AlertLevel.RED, 2), null, AlertLevel.RED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lightFollowsTheRule(String name, ClockLight known, ClockLight heard, ClockState state, AlertLevel shown) {
        ClockLight next = LightRule.next(known, heard);

        assertThat(next.state()).as("state").isEqualTo(state);
        assertThat(next.shown()).as("light").isEqualTo(shown);
    }

    private static Arguments row(String name, ClockLight known, ClockLight heard, ClockState state, AlertLevel shown) {
        return Arguments.of(name, known, heard, state, shown);
    }

    private static ClockLight clock(int assignment, int round, int version, ClockState state, AlertLevel light, int minute) {
        return ClockLight.of(new SlaClockChanged(TICKET, "20261124-000001", assignment, "commerce-bureau", Clock.REPLY,
                round, state, light, T0, T0.plusSeconds(3600 * 6), T0.plusSeconds(3600 * 8), version,
                state == ClockState.MET ? at(minute) : null, at(minute)));
    }

    private static ClockLight alert(int assignment, int round, int version, AlertLevel level, int minute) {
        return ClockLight.of(new SlaAlertRaised(UUID.randomUUID(), TICKET, "20261124-000001", "commerce-bureau",
                Clock.REPLY, level, T0.plusSeconds(3600 * 8), version, at(minute), true, at(minute), assignment, round));
    }

    private static ClockLight oldAlert(AlertLevel level, int minute) {
        return ClockLight.of(new SlaAlertRaised(UUID.randomUUID(), TICKET, "20261124-000001", "commerce-bureau",
                Clock.REPLY, level, T0.plusSeconds(3600 * 8), 1, at(minute), null, null, null, null));
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }
}
