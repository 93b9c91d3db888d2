package org.hotline2110.dispatch.light;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.dispatch.ticket.DispatchTicket;
import org.hotline2110.platform.lights.ClockView;
import org.hotline2110.platform.lights.TicketClocks;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * A ticket's clocks as sla-monitor announced them (platform's lights consumer keeps them), limited to the current
 * ones ({@code ClockLight.isCurrentAt}, which {@code TicketRepository}'s list repeats in SQL to order by them).
 */
@ApplicationScoped
public class Clocks {

    private final TicketClocks clocks;

    public Clocks(TicketClocks clocks) {
        this.clocks = clocks;
    }

    public Uni<List<ClockView>> of(SqlClient client, DispatchTicket ticket) {
        return clocks.of(client, ticket.id())
                .map(all -> all.stream().filter(c -> c.isCurrentAt(ticket.assignment())).map(ClockView::of).toList());
    }

    /** True once the current RESOLVE deadline has passed, as sla-monitor last scheduled it. */
    public Uni<Boolean> resolveOverdue(SqlClient tx, DispatchTicket ticket, Instant now) {
        return clocks.of(tx, ticket.id()).map(all -> all.stream().anyMatch(c -> c.clock() == Clock.RESOLVE
                && c.isCurrentAt(ticket.assignment()) && c.open() && !c.deadline().isAfter(now)));
    }
}
