package org.hotline2110.dispatch.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline2110.contracts.ticket.ApprovalKind;
import org.hotline2110.contracts.ticket.TicketApprovalRequested;
import org.hotline2110.contracts.ticket.TicketContacted;
import org.hotline2110.contracts.ticket.TicketNoteAdded;
import org.hotline2110.contracts.ticket.TicketReplied;
import org.hotline2110.contracts.ticket.TicketResolved;
import org.hotline2110.contracts.ticket.TicketResumed;
import org.hotline2110.contracts.ticket.TicketSigned;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.dispatch.approval.ApprovalRepository;
import org.hotline2110.dispatch.light.Clocks;
import org.hotline2110.dispatch.ticket.DispatchTicket;
import org.hotline2110.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** What a department does on the workbench: the steps of the 2110 rule and its requests to the dispatch centre. */
@ApplicationScoped
public class DepartmentActions {

    /** A clerk's clock may run a little ahead of ours; a contact time further in the future is a typing error. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final Workflow workflow;
    private final ApprovalRepository approvals;
    private final Clocks clocks;
    private final int maxExtensions;

    public DepartmentActions(Workflow workflow, ApprovalRepository approvals, Clocks clocks,
            @ConfigProperty(name = "hotline.dispatch.extension.max-per-assignment", defaultValue = "1") int maxExtensions) {
        this.workflow = workflow;
        this.approvals = approvals;
        this.clocks = clocks;
        this.maxExtensions = maxExtensions;
    }

    public Uni<Void> sign(UUID id, Who who, String ifMatch) {
        return workflow.act(id, Action.SIGN, who, ifMatch, (tx, t, now, next) -> done("signed for",
                Map.of(), new TicketSigned(t.id(), t.assignment(), t.leadDepartment(), now, t.leadDepartment(), next)));
    }

    public Uni<Void> contact(UUID id, Who who, String ifMatch, ActionRequests.Contact body) {
        return workflow.act(id, Action.CONTACT, who, ifMatch, (tx, t, now, next) -> {
            Instant at = body.contactedAt() == null ? now : body.contactedAt();
            if (at.isAfter(now.plus(CLOCK_SKEW))) {
                throw ProblemException.invalid("contactedAt", "is in the future");
            }
            if (t.assignedAt() != null && at.isBefore(t.assignedAt())) {
                throw ProblemException.invalid("contactedAt", "is before the ticket was assigned (" + t.assignedAt() + ")");
            }
            return done(body.note(), Map.of("method", body.method().name(), "contactedAt", at.toString()),
                    new TicketContacted(t.id(), t.assignment(), t.leadDepartment(), body.method(), at,
                            t.leadDepartment(), next));
        });
    }

    public Uni<Void> reply(UUID id, Who who, String ifMatch, ActionRequests.Reply body) {
        return workflow.act(id, Action.REPLY, who, ifMatch, (tx, t, now, next) -> done(body.text(), Map.of(),
                new TicketReplied(t.id(), t.assignment(), t.leadDepartment(), now, t.leadDepartment(), next)));
    }

    public Uni<Void> resolve(UUID id, Who who, String ifMatch, ActionRequests.Resolve body) {
        List<String> attachments = body.attachments() == null ? List.of() : body.attachments();
        return workflow.act(id, Action.RESOLVE, who, ifMatch, (tx, t, now, next) -> done(body.result(),
                Map.of("attachments", attachments), new TicketResolved(t.id(), t.assignment(),
                        t.leadDepartment(), now, t.leadDepartment(), next)));
    }

    public Uni<Void> askReturn(UUID id, Who who, String ifMatch, ActionRequests.AskReturn body) {
        return workflow.act(id, Action.REQUEST_RETURN, who, ifMatch,
                (tx, t, now, next) -> ask(tx, t, next, who, now, ApprovalKind.RETURN, body.reason(), null, null));
    }

    public Uni<Void> askSuspension(UUID id, Who who, String ifMatch, ActionRequests.AskSuspension body) {
        return workflow.act(id, Action.REQUEST_SUSPENSION, who, ifMatch, (tx, t, now, next) -> {
            if (body.expectedResumeAt() != null && !body.expectedResumeAt().isAfter(now)) {
                throw ProblemException.invalid("expectedResumeAt", "must be in the future");
            }
            return ask(tx, t, next, who, now, ApprovalKind.SUSPENSION, body.reason(), null, body.expectedResumeAt());
        });
    }

    /** Asked before the RESOLVE deadline only, and within the assignment's allowance (one by default). */
    public Uni<Void> askExtension(UUID id, Who who, String ifMatch, ActionRequests.AskExtension body) {
        return workflow.act(id, Action.REQUEST_EXTENSION, who, ifMatch, (tx, t, now, next) -> {
            if (t.extensionsGranted() >= maxExtensions) {
                throw ProblemException.conflict("this assignment already had " + t.extensionsGranted()
                        + " extension(s); at most " + maxExtensions + " are granted");
            }
            return clocks.resolveOverdue(tx, t, now).flatMap(overdue -> {
                if (overdue) {
                    throw ProblemException.conflict("the RESOLVE deadline has passed; an extension is asked before it");
                }
                return ask(tx, t, next, who, now, ApprovalKind.EXTENSION, body.reason(), body.workingDays(), null);
            });
        });
    }

    public Uni<Void> addNote(UUID id, Who who, String ifMatch, ActionRequests.Note body) {
        return workflow.act(id, Action.ADD_NOTE, who, ifMatch, (tx, t, now, next) -> done(body.note(), Map.of(),
                new TicketNoteAdded(t.id(), t.assignment(), who.department(), body.note(), now, t.leadDepartment(), next)));
    }

    public Uni<Void> resume(UUID id, Who who, String ifMatch, ActionRequests.Resume body) {
        return workflow.act(id, Action.RESUME, who, ifMatch, (tx, t, now, next) -> done(body == null ? null : body.note(),
                Map.of("back to", t.suspendedFrom().name()), new TicketResumed(t.id(), t.assignment(), now, t.leadDepartment(), next)));
    }

    private Uni<Outcome> ask(SqlConnection tx, DispatchTicket t, TicketState next, Who who, Instant now, ApprovalKind kind, String reason,
            Integer workingDays, Instant expectedResumeAt) {
        return approvals.pending(tx, t.id()).flatMap(pending -> {
            if (pending.isPresent()) {
                throw ProblemException.conflict("a " + pending.get().kind() + " request is already awaiting the dispatch centre");
            }
            TicketApprovalRequested request = new TicketApprovalRequested(t.id(), t.assignment(), t.leadDepartment(),
                    UUID.randomUUID(), kind, reason, workingDays, expectedResumeAt, now, t.leadDepartment(), next);
            Map<String, Object> details = new HashMap<>();
            details.put("requestId", request.requestId().toString());
            details.put("kind", kind.name());
            if (workingDays != null) {
                details.put("workingDays", workingDays);
            }
            if (expectedResumeAt != null) {
                details.put("expectedResumeAt", expectedResumeAt.toString());
            }
            return approvals.insert(tx, request, who.name()).map(ignored -> Outcome.of(reason, details, request));
        });
    }

    private static Uni<Outcome> done(String note, Map<String, Object> details, org.hotline2110.contracts.HotlineEvent event) {
        return Uni.createFrom().item(Outcome.of(note, details, event));
    }
}
