package org.hotline2110.sla.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says in the readiness details whether next year's holidays are loaded. It stays up: the service works correctly
 * without them until the year begins, and an instance taken out of rotation would help nobody.
 */
@Readiness
@ApplicationScoped
public class CalendarCoverageCheck implements HealthCheck {

    private final CalendarCoverage coverage;

    public CalendarCoverageCheck(CalendarCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public HealthCheckResponse call() {
        Coverage current = coverage.current();
        var response = HealthCheckResponse.named("calendar-coverage").up()
                .withData("calendar", current.calendar())
                .withData("nextYear", current.nextYear())
                .withData("nextYearMissing", current.nextYearMissing());
        if (current.lastCoveredDay() != null) {
            response.withData("lastCoveredDay", current.lastCoveredDay().toString());
        }
        if (current.nextYearMissing()) {
            response.withData("warning", "holidays of " + current.nextYear() + " are not loaded");
        }
        return response.build();
    }
}
