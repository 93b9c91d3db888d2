package org.hotline2110.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hotline2110.contracts.sla.ClockState;
import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.HolidayFile;
import org.hotline2110.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A stored clock's schedule derived from its start, pauses and extensions, on the seed policy and calendar. */
class ClockScheduleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private final Calendars calendars = new Calendars(MAPPER, new SimpleMeterRegistry());
    private final Deadlines deadlines = new Deadlines(SlaPolicy.load(MAPPER, Optional.empty()), calendars);

    private ClockRow started(Clock kind, String at) {
        Instant start = at(at);
        Deadlines.Window window = deadlines.window(kind, org.hotline2110.contracts.ticket.Urgency.NORMAL, start);
        return new ClockRow(UUID.randomUUID(), UUID.randomUUID(), "T-1", "tax", 1, kind, 1, false, start,
                window.deadline(), window.warnAt(), 1, ClockState.RUNNING, AlertLevel.GREEN, null, null, Duration.ZERO, 0,
                window.calendarComplete());
    }

    @Test
    void anUntouchedClockDerivesTheScheduleItStartedWith() {
        ClockRow reply = started(Clock.REPLY, "2026-11-24T10:30+08:00");
        assertThat(reply.scheduled(deadlines.schedule(reply), at("2026-11-24T11:00+08:00"))).isSameAs(reply);
    }

    @Test
    void aPauseMovesDeadlineAndWarningByTheWorkingTimeSpentPaused() {
        ClockRow reply = started(Clock.REPLY, "2026-11-24T10:30+08:00");
        // suspended from Tue 16:30 to Wed 10:00: one working hour on Tuesday, one on Wednesday
        ClockRow resumed = reply.pausedAt(at("2026-11-24T16:30+08:00"))
                .resumed(deadlines.counted(reply, at("2026-11-24T16:30+08:00"), at("2026-11-25T10:00+08:00")));
        ClockRow moved = resumed.scheduled(deadlines.schedule(resumed), at("2026-11-25T10:00+08:00"));
        assertThat(moved.deadline()).isEqualTo(at("2026-11-26T11:00+08:00"));
        assertThat(moved.warnAt()).isEqualTo(at("2026-11-25T16:22:30+08:00"));
        assertThat(moved.deadlineVersion()).isEqualTo(2);
    }

    @Test
    void anExtensionEndsAtCloseOfBusinessNWorkingDaysAfterTheOldDeadlinesDay() {
        ClockRow resolve = started(Clock.RESOLVE, "2026-11-24T10:30+08:00");
        ClockRow extended = resolve.extendedBy(3);
        ClockRow moved = extended.scheduled(deadlines.schedule(extended), at("2026-12-07T10:00+08:00"));
        assertThat(moved.deadline()).isEqualTo(at("2026-12-11T17:30+08:00"));
        assertThat(moved.extensionDays()).isEqualTo(3);
    }

    @Test
    void loadingAMissingYearRecomputesARunningClockAndClearsItsIncompleteFlag() {
        ClockRow resolve = started(Clock.RESOLVE, "2027-12-28T10:00+08:00");
        assertThat(resolve.deadline()).isEqualTo(at("2028-01-11T17:30+08:00"));
        assertThat(resolve.calendarComplete()).isFalse();

        calendars.use(Map.of("default", new HolidayFile(Map.of(2027, new HolidayFile.Year(List.of(), List.of()),
                2028, new HolidayFile.Year(List.of(new HolidayFile.Day("2028-01-03", "元旦")), List.of())))));
        ClockRow recomputed = resolve.scheduled(deadlines.schedule(resolve), at("2027-12-29T10:00+08:00"));
        assertThat(recomputed.deadline()).isEqualTo(at("2028-01-12T17:30+08:00"));
        assertThat(recomputed.deadlineVersion()).isEqualTo(2);
        assertThat(recomputed.calendarComplete()).isTrue();
        assertThat(recomputed.light()).isEqualTo(AlertLevel.GREEN);
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
