package org.hotline2110.sla.assessment.facts;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.feedback.TicketFeedbackRecorded;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketReceived;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.platform.messaging.IncomingEvent;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records what the assessment counts, in the transaction of the consumer that received it. Events of one ticket
 * arrive on three topics in no fixed order between them, so every write merges into what is already there.
 */
@ApplicationScoped
public class AssessmentFacts {

    /** Adds the event to the ticket's timeline and applies what it changes for the assessment. */
    public Uni<Void> record(SqlClient tx, IncomingEvent<?> event) {
        Uni<Void> timeline = timeline(tx, TimelineEntry.of(event));
        Object payload = event.payload();
        if (payload instanceof TicketReceived received) {
            return timeline.call(() -> received(tx, received));
        } else if (payload instanceof TicketAssigned assigned) {
            return timeline.call(() -> assigned(tx, assigned));
        } else if (payload instanceof TicketReturned returned) {
            return timeline.call(() -> returned(tx, returned));
        } else if (payload instanceof TicketFeedbackRecorded feedback) {
            return timeline.call(() -> feedback(tx, feedback));
        }
        return timeline;
    }

    private Uni<Void> timeline(SqlClient tx, TimelineEntry entry) {
        return tx.preparedQuery("""
                        INSERT INTO ticket_event (event_id, ticket_id, type, assignment, department, at, detail)
                        VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING""")
                .execute(Tuple.tuple().addString(entry.eventId()).addUUID(entry.ticketId()).addString(entry.type())
                        .addInteger(entry.assignment()).addString(entry.department())
                        .addOffsetDateTime(Timestamps.utc(entry.at())).addString(entry.detail()))
                .replaceWithVoid();
    }

    /** What the lists and the board show of the ticket; the contact's name and phone are left out. */
    private Uni<Void> received(SqlClient tx, TicketReceived e) {
        return tx.preparedQuery("""
                        INSERT INTO assessment_ticket (ticket_id, ticket_number, received_at, demand_type, topic,
                                                       enterprise_name, credit_code, credit_code_override_reason,
                                                       summary, town)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                        ON CONFLICT (ticket_id) DO UPDATE SET ticket_number = EXCLUDED.ticket_number,
                            received_at = EXCLUDED.received_at, demand_type = EXCLUDED.demand_type,
                            topic = EXCLUDED.topic, enterprise_name = EXCLUDED.enterprise_name,
                            credit_code = EXCLUDED.credit_code,
                            credit_code_override_reason = EXCLUDED.credit_code_override_reason,
                            summary = EXCLUDED.summary, town = EXCLUDED.town""")
                .execute(Tuple.tuple().addUUID(e.ticketId()).addString(e.ticketNumber())
                        .addOffsetDateTime(Timestamps.utc(e.receivedAt())).addString(e.demandType())
                        .addString(e.topic()).addString(e.enterprise() == null ? null : e.enterprise().name())
                        .addString(e.enterprise() == null ? null : e.enterprise().creditCode())
                        .addString(e.enterprise() == null ? null : e.enterprise().creditCodeOverrideReason())
                        .addString(e.summary())
                        .addString(e.town()))
                .replaceWithVoid();
    }

    /** The first assignment places the ticket in a period; the latest one names the department it counts for. */
    private Uni<Void> assigned(SqlClient tx, TicketAssigned e) {
        return tx.preparedQuery("""
                        INSERT INTO assessment_ticket AS t (ticket_id, ticket_number, first_assigned_at,
                                                            lead_department, lead_assignment)
                        VALUES ($1, $2, $3, $4, $5)
                        ON CONFLICT (ticket_id) DO UPDATE SET
                            ticket_number = COALESCE(t.ticket_number, EXCLUDED.ticket_number),
                            first_assigned_at = LEAST(t.first_assigned_at, EXCLUDED.first_assigned_at),
                            lead_department = CASE WHEN t.lead_assignment IS NULL OR t.lead_assignment <= $5
                                                   THEN EXCLUDED.lead_department ELSE t.lead_department END,
                            lead_assignment = GREATEST(t.lead_assignment, EXCLUDED.lead_assignment)""")
                .execute(Tuple.tuple().addUUID(e.ticketId()).addString(e.ticketNumber())
                        .addOffsetDateTime(Timestamps.utc(e.assignedAt())).addString(e.leadDepartment())
                        .addInteger(e.assignment()))
                .replaceWithVoid();
    }

    /** A returned assignment leads no more: until the next one, the ticket counts for no department. */
    private Uni<Void> returned(SqlClient tx, TicketReturned e) {
        return tx.preparedQuery("""
                        UPDATE assessment_ticket SET lead_department = NULL
                        WHERE ticket_id = $1 AND lead_assignment = $2""")
                .execute(Tuple.of(e.ticketId(), e.assignment()))
                .replaceWithVoid();
    }

    private Uni<Void> feedback(SqlClient tx, TicketFeedbackRecorded e) {
        return tx.preparedQuery("""
                        INSERT INTO ticket_feedback (ticket_id, resolution, department, outcome, satisfaction, recorded_at)
                        VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (ticket_id, resolution) DO NOTHING""")
                .execute(Tuple.tuple().addUUID(e.ticketId()).addInteger(e.resolution()).addString(e.leadDepartment())
                        .addString(e.outcome().name()).addString(e.satisfaction().name())
                        .addOffsetDateTime(Timestamps.utc(e.recordedAt())))
                .replaceWithVoid();
    }
}
