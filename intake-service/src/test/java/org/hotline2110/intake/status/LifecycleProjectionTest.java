package org.hotline2110.intake.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.ContactMethod;
import org.hotline2110.contracts.ticket.TicketApprovalRejected;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.intake.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

class LifecycleProjectionTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-24T02:30:00Z");

    private static TicketProgress received() {
        return new TicketProgress(TicketStatus.RECEIVED, null, 0, null, List.of(), T0, null, null, null, null, null,
                null, null, 0, null, 0, 0, null, 0, 0, null);
    }

    private static TicketProgress play(TicketProgress start, HotlineEvent... events) {
        TicketProgress p = start;
        for (HotlineEvent event : events) {
            p = LifecycleProjection.apply(p, event).orElse(p);
        }
        return p;
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static TicketAssigned assigned(int n, String lead) {
        return new TicketAssigned(ID, "20261124-000001", n, lead, List.of("housing-construction"), Urgency.NORMAL, at(n), "R");
    }

    @Test
    void aSuspensionRemembersWhereTheTicketWasAndAContactWhileSuspendedMovesWhereItResumesTo() {
        TicketProgress p = play(received(), assigned(1, "approval-bureau"), new TicketSigned(ID, 1, "approval-bureau", at(2)),
                new TicketApprovalRequested(ID, 1, "approval-bureau", UUID.randomUUID(), ApprovalKind.SUSPENSION, "等材料", null, null, at(3)));
        assertThat(p.pendingRequest()).isEqualTo(ApprovalKind.SUSPENSION);

        p = play(p, new TicketSuspended(ID, 1, "等材料", at(4)));
        assertThat(p.status()).isEqualTo(TicketStatus.SUSPENDED);
        assertThat(p.pendingRequest()).isNull();

        p = play(p, new TicketContacted(ID, 1, "approval-bureau", ContactMethod.PHONE, at(5)));
        assertThat(p.status()).isEqualTo(TicketStatus.SUSPENDED);
        assertThat(p.contactedAt()).isEqualTo(at(5));

        p = play(p, new TicketResumed(ID, 1, at(6)));
        assertThat(p.status()).isEqualTo(TicketStatus.CONTACTED);
        assertThat(p.suspendedAt()).isNull();
        assertThat(p.statusChangedAt()).isEqualTo(at(6));
    }

    @Test
    void aReturnClearsTheLeadAndTheNextAssignmentStartsAfreshWhileLateEventsOfTheOldOneChangeNothing() {
        TicketProgress p = play(received(), assigned(1, "tax"), new TicketSigned(ID, 1, "tax", at(2)),
                new TicketApprovalRequested(ID, 1, "tax", UUID.randomUUID(), ApprovalKind.RETURN, "非本部门职责", null, null, at(3)),
                new TicketReturned(ID, 1, "tax", "非本部门职责", at(4)));
        assertThat(p.status()).isEqualTo(TicketStatus.RETURNED);
        assertThat(p.leadDepartment()).isNull();
        assertThat(p.returnedCount()).isEqualTo(1);

        p = play(p, assigned(2, "approval-bureau"));
        assertThat(p.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(p.leadDepartment()).isEqualTo("approval-bureau");
        assertThat(p.assistingDepartments()).containsExactly("housing-construction");
        assertThat(p.signedAt()).isNull();

        assertThat(LifecycleProjection.apply(p, new TicketReplied(ID, 1, "tax", at(9)))).isEmpty();
        assertThat(LifecycleProjection.apply(p, assigned(1, "tax"))).as("a repeated old assignment").isEmpty();
    }

    @Test
    void stepsOnlyMoveForwardAndAResolutionCountsEachTime() {
        TicketProgress p = play(received(), assigned(1, "tax"),
                new TicketReplied(ID, 1, "tax", at(3)),
                new TicketContacted(ID, 1, "tax", ContactMethod.VISIT, at(2)));
        assertThat(p.status()).isEqualTo(TicketStatus.REPLIED);
        assertThat(p.contactedAt()).isEqualTo(at(2));

        p = play(p, new TicketResolved(ID, 1, "tax", at(4)));
        assertThat(p.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(p.resolution()).isEqualTo(1);

        p = play(p, new TicketReopened(ID, 1, "企业不满意", at(5)));
        assertThat(p.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(p.resolvedAt()).isNull();
        assertThat(p.reopenedCount()).isEqualTo(1);

        p = play(p, new TicketSigned(ID, 1, "tax", at(6)), new TicketResolved(ID, 1, "tax", at(7)));
        assertThat(p.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(p.resolution()).isEqualTo(2);
    }

    @Test
    void aRejectedRequestIsNoLongerPendingAndTheManualQueueHasNoLead() {
        TicketProgress p = play(received(), new TicketPendingDispatch(ID, "20261124-000001", "no rule", at(1), null));
        assertThat(p.status()).isEqualTo(TicketStatus.PENDING_DISPATCH);
        assertThat(p.leadDepartment()).isNull();

        p = play(p, assigned(1, "tax"),
                new TicketApprovalRequested(ID, 1, "tax", UUID.randomUUID(), ApprovalKind.EXTENSION, "需要现场勘查", 5, null, at(2)),
                new TicketApprovalRejected(ID, 1, UUID.randomUUID(), ApprovalKind.EXTENSION, "理由不足", at(3)));
        assertThat(p.pendingRequest()).isNull();
        assertThat(p.status()).isEqualTo(TicketStatus.ASSIGNED);
    }
}
