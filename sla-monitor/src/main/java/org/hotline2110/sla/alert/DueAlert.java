package org.hotline2110.sla.alert;

import java.time.Instant;

import org.hotline2110.contracts.sla.AlertLevel;

/** An alert to raise: {@code level} for {@code clock}, which fell due at {@code due} (what its lateness is measured from). */
public record DueAlert(DueClock clock, AlertLevel level, Instant due) {
}
