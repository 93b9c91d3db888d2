package org.hotline2110.sla.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.WorkingCalendar;
import org.hotline2110.sla.policy.SlaPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * An alert says when its clock next counts time, so that a warning raised at night waits for that: Monday 09:00 for
 * a clock of working time raised on Friday night, at once for one of elapsed time (an URGENT ticket's CONTACT and
 * DISPATCH clocks), which runs day and night.
 */
class AlertWorkingHoursTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final SlaPolicy POLICY = SlaPolicy.load(MAPPER, Optional.empty());
    private static final WorkingCalendar CALENDAR = new Calendars(MAPPER, new SimpleMeterRegistry())
            .get(POLICY.calendar());
    private static final Instant FRIDAY_NIGHT = OffsetDateTime.parse("2026-11-27T22:00+08:00").toInstant();
    private static final Instant MONDAY_MORNING = OffsetDateTime.parse("2026-11-30T09:00+08:00").toInstant();

    @ParameterizedTest(name = "{0}, urgent {1}")
    @CsvSource({
            "CONTACT, false, held",
            "CONTACT, true, now",
            "REPLY, true, held",
            "RESOLVE, false, held",
            "DISPATCH, false, held",
            "DISPATCH, true, now",
    })
    void aWarningOnFridayNightWaitsForMondayOnlyWhenItsClockCountsWorkingTime(Clock kind, boolean urgent,
            String expected) {
        DueClock clock = new DueClock(UUID.randomUUID(), UUID.randomUUID(), "20261127-000001", "tax", kind, 1, 1, urgent,
                FRIDAY_NIGHT.plusSeconds(3600), 1);

        Instant next = Alerts.nextWorkingInstant(POLICY, CALENDAR, clock, FRIDAY_NIGHT);

        assertThat(next).isEqualTo(expected.equals("now") ? FRIDAY_NIGHT : MONDAY_MORNING);
    }
}
