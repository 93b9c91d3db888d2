package org.hotline2110.dispatch.workflow;

import org.hotline2110.dispatch.ticket.DispatchTicket;
import org.hotline2110.platform.problem.ProblemException;

/**
 * Who may take which action on a ticket. A department that neither leads nor assists a ticket is told it does not
 * exist (404), as when it reads it; one that may see it but not do this is refused (403).
 */
final class Permissions {

    private Permissions() {
    }

    static void check(Action action, Who who, DispatchTicket ticket) {
        boolean lead = who.isDepartment() && who.department().equals(ticket.leadDepartment());
        boolean assisting = who.isDepartment() && ticket.isAssisting(who.department());
        if (who.isDepartment() && !lead && !assisting) {
            throw ProblemException.notFound("ticket", ticket.id());
        }
        boolean allowed = switch (Transitions.who(action)) {
            case LEAD -> lead;
            case LEAD_OR_ASSISTING -> lead || assisting;
            case LEAD_OR_DISPATCHER -> lead || who.dispatcher();
            case DISPATCHER -> who.dispatcher();
            case DISPATCHER_OR_SUPERVISOR -> who.dispatcher() || who.supervisor();
            case SYSTEM -> who == Who.CALL_BACK;
        };
        if (!allowed) {
            throw new ProblemException(403, "forbidden", "Forbidden", refusal(action, assisting));
        }
    }

    private static String refusal(Action action, boolean assisting) {
        return switch (Transitions.who(action)) {
            case LEAD -> assisting
                    ? "an assisting department (协办) cannot " + action + "; only the lead department (主办) drives the ticket"
                    : "only the lead department (主办) can " + action;
            case LEAD_OR_ASSISTING -> "only the lead or an assisting department can " + action;
            case LEAD_OR_DISPATCHER -> "only the lead department or the dispatch centre can " + action;
            case DISPATCHER -> "only the dispatch centre can " + action;
            case DISPATCHER_OR_SUPERVISOR -> "only the dispatch centre or a supervisor can " + action;
            case SYSTEM -> action + " is recorded from the call-back, not by hand";
        };
    }
}
