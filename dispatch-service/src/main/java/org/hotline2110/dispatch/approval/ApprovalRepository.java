package org.hotline2110.dispatch.approval;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Requests awaiting the dispatch centre, and how each was decided. */
@ApplicationScoped
public class ApprovalRepository {

    private static final String SELECT = """
            SELECT r.*, t.number FROM approval_request r JOIN ticket t ON t.id = r.ticket_id
            """;

    public Uni<Void> insert(SqlClient tx, TicketApprovalRequested request, String requestedBy) {
        return tx.preparedQuery("""
                        INSERT INTO approval_request (id, ticket_id, assignment, department, kind, reason, working_days,
                                                      expected_resume_at, requested_by, requested_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""")
                .execute(Tuple.from(Arrays.asList(request.requestId(), request.ticketId(), request.assignment(),
                        request.department(), request.kind().name(), request.reason(), request.workingDays(),
                        Timestamps.utc(request.expectedResumeAt()), requestedBy, Timestamps.utc(request.requestedAt()))))
                .replaceWithVoid();
    }

    public Uni<Optional<ApprovalView>> pending(SqlClient client, UUID ticketId) {
        return client.preparedQuery(SELECT + " WHERE r.ticket_id = $1 AND r.status = 'PENDING'")
                .execute(Tuple.of(ticketId)).map(ApprovalRepository::first);
    }

    public Uni<Optional<ApprovalView>> find(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + " WHERE r.id = $1").execute(Tuple.of(id)).map(ApprovalRepository::first);
    }

    /** Answers false when the request was no longer pending. */
    public Uni<Boolean> decide(SqlClient tx, UUID id, String status, String by, Instant at, String note) {
        return tx.preparedQuery("""
                        UPDATE approval_request SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5
                        WHERE id = $1 AND status = 'PENDING'""")
                .execute(Tuple.of(id, status, by, Timestamps.utc(at), note))
                .map(result -> result.rowCount() == 1);
    }

    /** Every request awaiting a decision, oldest first: the dispatch centre's approval queue. */
    public Uni<List<ApprovalView>> allPending(SqlClient client, ApprovalKind kind, int page, int size) {
        return client.preparedQuery(SELECT + """
                         WHERE r.status = 'PENDING' AND ($1::text IS NULL OR r.kind = $1)
                        ORDER BY r.requested_at LIMIT $2 OFFSET $3""")
                .execute(Tuple.of(kind == null ? null : kind.name(), size, Paging.offset(page, size)))
                .map(ApprovalRepository::all);
    }

    private static Optional<ApprovalView> first(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next()));
    }

    private static List<ApprovalView> all(RowSet<Row> rows) {
        List<ApprovalView> views = new ArrayList<>();
        rows.forEach(row -> views.add(view(row)));
        return views;
    }

    private static ApprovalView view(Row row) {
        return new ApprovalView(row.getUUID("id"), row.getUUID("ticket_id"), row.getString("number"),
                row.getInteger("assignment"), row.getString("department"), ApprovalKind.valueOf(row.getString("kind")),
                row.getString("reason"), row.getInteger("working_days"), instant(row.getOffsetDateTime("expected_resume_at")),
                row.getString("requested_by"), row.getOffsetDateTime("requested_at").toInstant(), row.getString("status"),
                row.getString("decided_by"), instant(row.getOffsetDateTime("decided_at")), row.getString("decision_note"));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
