package org.hotline2110.sla.clock;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.SlaClockChanged;
import org.hotline2110.platform.outbox.Outbox;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Announces each clock as it was just written, through the outbox of the transaction that wrote it, so consumers know
 * every deadline as sla-monitor does.
 */
@ApplicationScoped
class ClockEvents {

    private final Outbox outbox;

    ClockEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<Void> changed(SqlConnection tx, List<ClockRow> clocks) {
        if (clocks.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var now = Timestamps.now();
        return outbox.addAll(tx, clocks.stream().map(c -> new SlaClockChanged(c.ticketId(), c.ticketNumber(),
                c.assignment(), c.department(), c.kind(), c.round(), c.state(), c.light(), c.startedAt(), c.warnAt(),
                c.deadline(), c.deadlineVersion(), c.metAt(), now)).toList()).replaceWithVoid();
    }
}
