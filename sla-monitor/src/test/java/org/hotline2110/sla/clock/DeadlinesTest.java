package org.hotline2110.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The seed SLA policy on the seed calendar: the worked examples of the domain specification, clock by clock. */
class DeadlinesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();
    private static final Deadlines DEADLINES = new Deadlines(SlaPolicy.load(MAPPER, Optional.empty()),
            new Calendars(MAPPER, METERS));

    @ParameterizedTest(name = "assigned {0}")
    @CsvSource({
            "2026-11-24T10:30+08:00, 2026-11-24T14:00+08:00, 2026-11-25T17:30+08:00, 2026-12-08T17:30+08:00",
            "2026-11-24T16:45+08:00, 2026-11-25T10:15+08:00, 2026-11-25T17:30+08:00, 2026-12-08T17:30+08:00",
            "2026-11-24T12:30+08:00, 2026-11-24T15:30+08:00, 2026-11-25T17:30+08:00, 2026-12-08T17:30+08:00",
            "2026-11-28T11:00+08:00, 2026-11-30T11:00+08:00, 2026-11-30T17:30+08:00, 2026-12-11T17:30+08:00",
            "2026-09-30T16:00+08:00, 2026-10-08T09:30+08:00, 2026-10-08T17:30+08:00, 2026-10-20T17:30+08:00",
            "2026-10-10T10:00+08:00, 2026-10-10T12:00+08:00, 2026-10-12T17:30+08:00, 2026-10-23T17:30+08:00",
            "2026-02-13T10:00+08:00, 2026-02-13T12:00+08:00, 2026-02-14T17:30+08:00, 2026-03-05T17:30+08:00",
    })
    void theThreeClocksOfTheWorkedExamples(String assigned, String contact, String reply, String resolve) {
        Instant start = at(assigned);
        assertThat(DEADLINES.window(Clock.CONTACT, Urgency.NORMAL, start).deadline()).isEqualTo(at(contact));
        assertThat(DEADLINES.window(Clock.REPLY, Urgency.NORMAL, start).deadline()).isEqualTo(at(reply));
        assertThat(DEADLINES.window(Clock.RESOLVE, Urgency.NORMAL, start).deadline()).isEqualTo(at(resolve));
    }

    @Test
    void theReplyWarningComesWhen75PercentOfItsWorkingTimeHasPassed() {
        Deadlines.Window reply = DEADLINES.window(Clock.REPLY, Urgency.NORMAL, at("2026-11-24T10:30+08:00"));
        assertThat(reply.warnAt()).isEqualTo(at("2026-11-25T14:22:30+08:00"));
        assertThat(reply.calendarComplete()).isTrue();
    }

    @Test
    void anUrgentTicketMustBeContactedWithinTwoElapsedHoursDayOrNight() {
        Deadlines.Window contact = DEADLINES.window(Clock.CONTACT, Urgency.URGENT, at("2026-11-27T22:00+08:00"));
        assertThat(contact.deadline()).isEqualTo(at("2026-11-28T00:00+08:00"));
        assertThat(contact.warnAt()).isEqualTo(at("2026-11-27T23:30+08:00"));
        // the reply and resolve clocks of an urgent ticket still run on working days
        assertThat(DEADLINES.window(Clock.REPLY, Urgency.URGENT, at("2026-11-27T22:00+08:00")).deadline())
                .isEqualTo(at("2026-11-30T17:30+08:00"));
    }

    @Test
    void aDeadlineInAYearWithoutHolidayDataIsFlaggedAndCounted() {
        double before = METERS.counter("hotline.sla.calendar.incomplete", "calendar", "default").count();
        Deadlines.Window resolve = DEADLINES.window(Clock.RESOLVE, Urgency.NORMAL, at("2026-12-28T10:00+08:00"));
        assertThat(resolve.calendarComplete()).isFalse();
        assertThat(METERS.counter("hotline.sla.calendar.incomplete", "calendar", "default").count()).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "queued {0}")
    @CsvSource({
            // 15 minutes before lunch, 15 after it
            "2026-11-24T11:45+08:00, 2026-11-24T13:45+08:00, 2026-11-24T13:37:30+08:00",
            // a deadline on the end of a working period is that instant, not 13:30
            "2026-11-24T11:30+08:00, 2026-11-24T12:00+08:00, 2026-11-24T11:52:30+08:00",
            // 10 minutes before closing, 20 the next morning
            "2026-11-24T17:20+08:00, 2026-11-25T09:20+08:00, 2026-11-25T09:12:30+08:00",
            // logged at night: the 30 minutes start when the office opens
            "2026-11-24T20:00+08:00, 2026-11-25T09:30+08:00, 2026-11-25T09:22:30+08:00",
            // a Saturday: Monday morning
            "2026-11-28T10:00+08:00, 2026-11-30T09:30+08:00, 2026-11-30T09:22:30+08:00",
            // the make-up working Saturday before National Day's week counts
            "2026-10-10T10:00+08:00, 2026-10-10T10:30+08:00, 2026-10-10T10:22:30+08:00",
    })
    void theManualQueueMustRouteWithinThirtyWorkingMinutes(String queued, String deadline, String warning) {
        Deadlines.Window dispatch = DEADLINES.window(Clock.DISPATCH, Urgency.NORMAL, at(queued));
        assertThat(dispatch.deadline()).isEqualTo(at(deadline));
        assertThat(dispatch.warnAt()).isEqualTo(at(warning));
        assertThat(dispatch.elapsed()).isFalse();
    }

    @Test
    void anUrgentTicketInTheManualQueueMustBeRoutedWithinThirtyElapsedMinutesDayOrNight() {
        Deadlines.Window dispatch = DEADLINES.window(Clock.DISPATCH, Urgency.URGENT, at("2026-11-27T23:50+08:00"));
        assertThat(dispatch.deadline()).isEqualTo(at("2026-11-28T00:20+08:00"));
        assertThat(dispatch.warnAt()).isEqualTo(at("2026-11-28T00:12:30+08:00"));
        assertThat(dispatch.elapsed()).isTrue();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
