package org.hotline2110.intake.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The lifecycle columns of the ticket table: read under a row lock, written back whole. */
@ApplicationScoped
public class ProgressRepository {

    private static final String SAVE = """
            UPDATE ticket SET status = $2, assignment = $3, lead_department = $4, assisting_departments = $5,
                   status_changed_at = $6, assigned_at = $7, signed_at = $8, contacted_at = $9, replied_at = $10,
                   resolved_at = $11, suspended_at = $12, closed_at = $13, resolution = $14, pending_request = $15,
                   extended_days = $16, urged_count = $17, last_urged_at = $18, reopened_count = $19,
                   returned_count = $20, last_note = $21
            WHERE id = $1""";

    /** The ticket's progress, locked until the transaction ends; empty for an unknown ticket. */
    public Uni<Optional<TicketProgress>> lock(SqlClient tx, UUID ticketId) {
        return tx.preparedQuery("SELECT * FROM ticket WHERE id = $1 FOR UPDATE").execute(Tuple.of(ticketId))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(of(rows.iterator().next())));
    }

    public Uni<Void> save(SqlClient tx, UUID ticketId, TicketProgress p) {
        Tuple row = Tuple.tuple()
                .addUUID(ticketId)
                .addString(p.status().name())
                .addInteger(p.assignment())
                .addString(p.leadDepartment())
                .addArrayOfString(p.assistingDepartments().toArray(String[]::new))
                .addOffsetDateTime(Timestamps.utc(p.statusChangedAt()))
                .addOffsetDateTime(Timestamps.utc(p.assignedAt()))
                .addOffsetDateTime(Timestamps.utc(p.signedAt()))
                .addOffsetDateTime(Timestamps.utc(p.contactedAt()))
                .addOffsetDateTime(Timestamps.utc(p.repliedAt()))
                .addOffsetDateTime(Timestamps.utc(p.resolvedAt()))
                .addOffsetDateTime(Timestamps.utc(p.suspendedAt()))
                .addOffsetDateTime(Timestamps.utc(p.closedAt()))
                .addInteger(p.resolution())
                .addString(name(p.pendingRequest()))
                .addInteger(p.extendedDays())
                .addInteger(p.urgedCount())
                .addOffsetDateTime(Timestamps.utc(p.lastUrgedAt()))
                .addInteger(p.reopenedCount())
                .addInteger(p.returnedCount())
                .addString(p.lastNote());
        return tx.preparedQuery(SAVE).execute(row).replaceWithVoid();
    }

    /** Maps the lifecycle columns of a {@code ticket} row. */
    public static TicketProgress of(Row row) {
        String pending = row.getString("pending_request");
        return new TicketProgress(
                TicketState.valueOf(row.getString("status")),
                row.getInteger("assignment"),
                row.getString("lead_department"),
                Arrays.asList(row.getArrayOfStrings("assisting_departments")),
                instant(row, "status_changed_at"),
                instant(row, "assigned_at"),
                instant(row, "signed_at"),
                instant(row, "contacted_at"),
                instant(row, "replied_at"),
                instant(row, "resolved_at"),
                instant(row, "suspended_at"),
                instant(row, "closed_at"),
                row.getInteger("resolution"),
                pending == null ? null : ApprovalKind.valueOf(pending),
                row.getInteger("extended_days"),
                row.getInteger("urged_count"),
                instant(row, "last_urged_at"),
                row.getInteger("reopened_count"),
                row.getInteger("returned_count"),
                row.getString("last_note"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
