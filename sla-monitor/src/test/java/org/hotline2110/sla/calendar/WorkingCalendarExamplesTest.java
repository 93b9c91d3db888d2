package org.hotline2110.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of domain.md, "Calendar arithmetic", on the default calendar as the seeds define it. */
class WorkingCalendarExamplesTest {

    private static final WorkingCalendar DEFAULT = CalendarData.fromSeeds(new ObjectMapper()).calendar("default");

    @ParameterizedTest(name = "assigned {0}")
    @CsvSource(textBlock = """
            # assigned at,                CONTACT deadline,           REPLY deadline,             RESOLVE deadline
            2026-11-24T10:30+08:00,       2026-11-24T14:00+08:00,     2026-11-25T17:30+08:00,     2026-12-08T17:30+08:00
            2026-11-24T16:45+08:00,       2026-11-25T10:15+08:00,     2026-11-25T17:30+08:00,     2026-12-08T17:30+08:00
            2026-11-24T12:30+08:00,       2026-11-24T15:30+08:00,     2026-11-25T17:30+08:00,     2026-12-08T17:30+08:00
            2026-11-28T11:00+08:00,       2026-11-30T11:00+08:00,     2026-11-30T17:30+08:00,     2026-12-11T17:30+08:00
            2026-09-30T16:00+08:00,       2026-10-08T09:30+08:00,     2026-10-08T17:30+08:00,     2026-10-20T17:30+08:00
            2026-10-10T10:00+08:00,       2026-10-10T12:00+08:00,     2026-10-12T17:30+08:00,     2026-10-23T17:30+08:00
            2026-02-13T10:00+08:00,       2026-02-13T12:00+08:00,     2026-02-14T17:30+08:00,     2026-03-05T17:30+08:00
            """)
    void theThreeClocksOfAnAssignmentFallDueAsTheRuleSays(OffsetDateTime assigned, OffsetDateTime contact,
            OffsetDateTime reply, OffsetDateTime resolve) {
        Instant start = assigned.toInstant();

        assertThat(DEFAULT.plusWorkingTime(start, Duration.ofHours(2))).as("CONTACT").isEqualTo(contact.toInstant());
        assertThat(DEFAULT.plusWorkingDays(start, 1)).as("REPLY").isEqualTo(reply.toInstant());
        assertThat(DEFAULT.plusWorkingDays(start, 10)).as("RESOLVE").isEqualTo(resolve.toInstant());
    }

    @Test
    void theReplyWarningOfTheFirstExampleComesAfter75PercentOfItsWorkingTime() {
        Instant start = OffsetDateTime.parse("2026-11-24T10:30+08:00").toInstant();
        Instant deadline = DEFAULT.plusWorkingDays(start, 1);

        Duration window = DEFAULT.workingTimeBetween(start, deadline);
        Instant warning = DEFAULT.plusWorkingTime(start, window.multipliedBy(3).dividedBy(4));

        assertThat(window).isEqualTo(Duration.ofMinutes(12 * 60 + 30));
        assertThat(warning).isEqualTo(OffsetDateTime.parse("2026-11-25T14:22:30+08:00").toInstant());
    }
}
