package org.hotline2110.dispatch.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline2110.contracts.HotlineEvent;
import org.hotline2110.contracts.feedback.Satisfaction;
import org.hotline2110.contracts.ticket.TicketApprovalRejected;
import org.hotline2110.contracts.ticket.TicketAssigned;
import org.hotline2110.contracts.ticket.TicketExtended;
import org.hotline2110.contracts.ticket.TicketPendingDispatch;
import org.hotline2110.contracts.ticket.TicketReopened;
import org.hotline2110.contracts.ticket.TicketReturned;
import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.contracts.ticket.TicketSuspended;
import org.hotline2110.contracts.ticket.TicketUrged;
import org.hotline2110.dispatch.department.Departments;
import org.hotline2110.dispatch.ticket.DispatchTicket;
import org.hotline2110.dispatch.ticket.TicketRepository;
import org.hotline2110.dispatch.workflow.Action;
import org.hotline2110.dispatch.workflow.ActionRequests;
import org.hotline2110.dispatch.workflow.Outcome;
import org.hotline2110.dispatch.workflow.Who;
import org.hotline2110.dispatch.workflow.Workflow;
import org.hotline2110.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** What the dispatch centre decides: routing by hand, approvals, re-routing, urging and reopening. */
@ApplicationScoped
public class DispatchCentreActions {

    private final Pool pool;
    private final Workflow workflow;
    private final TicketRepository tickets;
    private final ApprovalRepository approvals;
    private final Departments departments;
    private final int maxExtensions;

    public DispatchCentreActions(Pool pool, Workflow workflow, TicketRepository tickets, ApprovalRepository approvals,
            Departments departments,
            @ConfigProperty(name = "hotline.dispatch.extension.max-per-assignment", defaultValue = "1") int maxExtensions) {
        this.pool = pool;
        this.workflow = workflow;
        this.tickets = tickets;
        this.approvals = approvals;
        this.departments = departments;
        this.maxExtensions = maxExtensions;
    }

    /** A ticket of the manual queue gets its lead department. */
    public Uni<Void> route(UUID id, Who who, String ifMatch, ActionRequests.Route body) {
        departments.requireTeam("lead", body.lead(), "assisting", body.assistingOrNone());
        return workflow.act(id, Action.ROUTE, who, ifMatch, (tx, t, now, next) -> assign(tx, t, body.lead(),
                body.assistingOrNone(), now, body.note(), List.of()));
    }

    /** The dispatch centre moves a ticket to another lead of its own accord; no return is counted. */
    public Uni<Void> reroute(UUID id, Who who, String ifMatch, ActionRequests.Route body) {
        departments.requireTeam("lead", body.lead(), "assisting", body.assistingOrNone());
        return workflow.act(id, Action.REROUTE, who, ifMatch, (tx, t, now, next) -> {
            if (body.lead().equals(t.leadDepartment())) {
                throw ProblemException.invalid("lead", "is already the lead department");
            }
            return assign(tx, t, body.lead(), body.assistingOrNone(), now, body.note(), List.of());
        });
    }

    public Uni<Void> approve(UUID id, UUID requestId, Who who, String ifMatch, ActionRequests.Approve body) {
        ActionRequests.Approve decision = body == null ? new ActionRequests.Approve(null, null, null) : body;
        return pendingRequest(id, requestId).flatMap(request -> switch (request.kind()) {
            case RETURN -> approveReturn(id, request, who, ifMatch, decision);
            case SUSPENSION -> workflow.act(id, Action.APPROVE_SUSPENSION, who, ifMatch, (tx, t, now, next) ->
                    decide(tx, request, "APPROVED", who, now, decision.note())
                            .replaceWith(Outcome.of(request.reason(), requestDetails(request),
                                    new TicketSuspended(t.id(), t.assignment(), request.reason(), now,
                                            t.leadDepartment(), next))));
            case EXTENSION -> workflow.act(id, Action.APPROVE_EXTENSION, who, ifMatch, (tx, t, now, next) -> {
                if (t.extensionsGranted() >= maxExtensions) {
                    throw ProblemException.conflict("this assignment already had its " + maxExtensions + " extension(s)");
                }
                return decide(tx, request, "APPROVED", who, now, decision.note())
                        .call(() -> tickets.countExtension(tx, t.id()))
                        .replaceWith(Outcome.of(request.reason(), requestDetails(request),
                                new TicketExtended(t.id(), t.assignment(), request.workingDays(),
                                request.reason(), now, t.leadDepartment(), next)));
            });
        });
    }

    public Uni<Void> reject(UUID id, UUID requestId, Who who, String ifMatch, ActionRequests.Reject body) {
        return pendingRequest(id, requestId).flatMap(request -> workflow.act(id, Action.REJECT_REQUEST, who, ifMatch,
                (tx, t, now, next) -> decide(tx, request, "REJECTED", who, now, body.reason())
                        .replaceWith(Outcome.of(body.reason(), requestDetails(request), new TicketApprovalRejected(
                                t.id(), request.assignment(), request.id(), request.kind(), body.reason(), now, t.leadDepartment(), next)))));
    }

    public Uni<Void> urge(UUID id, Who who, String ifMatch, ActionRequests.Urge body) {
        return workflow.act(id, Action.URGE, who, ifMatch, (tx, t, now, next) -> tickets.countUrging(tx, t.id())
                .replaceWith(Outcome.of(body.message(), Map.of(), new TicketUrged(t.id(), t.number(), t.assignment(),
                        t.leadDepartment(), body.message(), who.name(), now, next))));
    }

    /** Only a ticket whose latest call-back was dissatisfied is reopened; RESOLVE runs again for the same lead. */
    public Uni<Void> reopen(UUID id, Who who, String ifMatch, ActionRequests.Reopen body) {
        return workflow.act(id, Action.REOPEN, who, ifMatch, (tx, t, now, next) -> {
            if (!Satisfaction.DISSATISFIED.name().equals(t.satisfaction())) {
                throw ProblemException.conflict("only a ticket whose call-back was dissatisfied (不满意) is reopened; this one was "
                        + t.satisfaction());
            }
            return Uni.createFrom().item(Outcome.of(body.reason(), Map.of(),
                    new TicketReopened(t.id(), t.assignment(), body.reason(), now, t.leadDepartment(), next)));
        });
    }

    /**
     * An approved return (退单) ends the returning department's assignment (its clocks are cancelled and the return
     * counts against it) and gives the ticket to the new lead, or back to the manual queue when none is named.
     */
    private Uni<Void> approveReturn(UUID id, ApprovalView request, Who who, String ifMatch, ActionRequests.Approve body) {
        List<String> assisting = body.assisting() == null ? List.of() : body.assisting();
        if (body.lead() != null) {
            departments.requireTeam("lead", body.lead(), "assisting", assisting);
            if (body.lead().equals(request.department())) {
                throw ProblemException.invalid("lead", "is the department that returned the ticket");
            }
        } else if (!assisting.isEmpty()) {
            throw ProblemException.invalid("assisting", "name the new lead too, or neither");
        }
        return workflow.act(id, Action.APPROVE_RETURN, who, ifMatch, (tx, t, now, next) -> {
            // the return and what follows it are announced with the ticket's state after both
            TicketReturned returned = body.lead() == null
                    ? new TicketReturned(t.id(), t.assignment(), t.leadDepartment(), request.reason(), now, null,
                            TicketState.PENDING_DISPATCH)
                    : new TicketReturned(t.id(), t.assignment(), t.leadDepartment(), request.reason(), now, body.lead(),
                            TicketState.ASSIGNED);
            return decide(tx, request, "APPROVED", who, now, body.lead() == null ? "to the manual queue" : "to " + body.lead())
                    .flatMap(ignored -> body.lead() == null
                            ? queue(tx, t, now, "returned by " + t.leadDepartment() + ": " + request.reason(), returned)
                            : assign(tx, t, body.lead(), assisting, now, request.reason(), List.of(returned)));
        });
    }

    private Uni<Outcome> assign(SqlConnection tx, DispatchTicket t, String lead, List<String> assisting, Instant now,
            String note, List<HotlineEvent> before) {
        return tickets.assign(tx, t.id(), lead, assisting, null, now).map(assignment -> {
            List<HotlineEvent> events = new ArrayList<>(before);
            events.add(new TicketAssigned(t.id(), t.number(), assignment, lead, assisting, t.urgency(), now, null,
                    TicketState.ASSIGNED));
            Map<String, Object> details = new HashMap<>();
            details.put("lead", lead);
            details.put("assisting", assisting);
            details.put("assignment", assignment);
            return new Outcome(note, details, events);
        });
    }

    private Uni<Outcome> queue(SqlConnection tx, DispatchTicket t, Instant now, String reason, TicketReturned returned) {
        return tickets.unassign(tx, t.id(), now).replaceWith(new Outcome(reason, Map.of("queue", "PENDING_DISPATCH"),
                List.of(returned, new TicketPendingDispatch(t.id(), t.number(), reason, now, t.urgency(), t.assignment(),
                        null, TicketState.PENDING_DISPATCH))));
    }

    private Uni<Void> decide(SqlConnection tx, ApprovalView request, String status, Who who, Instant now, String note) {
        return approvals.decide(tx, request.id(), status, who.name(), now, note).invoke(decided -> {
            if (!decided) {
                throw ProblemException.conflict("request " + request.id() + " was decided meanwhile");
            }
        }).replaceWithVoid();
    }

    /** The request must be this ticket's and still awaiting a decision (another dispatcher may have decided it). */
    private Uni<ApprovalView> pendingRequest(UUID ticketId, UUID requestId) {
        return approvals.find(pool, requestId).map(found -> {
            ApprovalView request = found.filter(r -> r.ticketId().equals(ticketId))
                    .orElseThrow(() -> ProblemException.notFound("request", requestId));
            if (!"PENDING".equals(request.status())) {
                throw ProblemException.conflict("request " + requestId + " was already " + request.status());
            }
            return request;
        });
    }

    private static Map<String, Object> requestDetails(ApprovalView request) {
        return Map.of("requestId", request.id().toString(), "kind", request.kind().name());
    }
}
