package org.hotline2110.dispatch.workflow;

import static org.hotline2110.contracts.ticket.TicketState.ASSIGNED;
import static org.hotline2110.contracts.ticket.TicketState.CLOSED;
import static org.hotline2110.contracts.ticket.TicketState.CONTACTED;
import static org.hotline2110.contracts.ticket.TicketState.PENDING_DISPATCH;
import static org.hotline2110.contracts.ticket.TicketState.REOPENED;
import static org.hotline2110.contracts.ticket.TicketState.REPLIED;
import static org.hotline2110.contracts.ticket.TicketState.RESOLVED;
import static org.hotline2110.contracts.ticket.TicketState.SIGNED;
import static org.hotline2110.contracts.ticket.TicketState.SUSPENDED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.hotline2110.contracts.ticket.TicketState;
import org.hotline2110.platform.problem.ProblemException;

/**
 * The one table of what may be done to a ticket, from which states, by whom, and where it leads. The README's
 * transition table is this class. A target of {@code null} leaves the state as it is; RESUME goes back to the state
 * the ticket was suspended from, and an approved return to ASSIGNED or PENDING_DISPATCH.
 */
public final class Transitions {

    /** Where the lead department is working the ticket and the clocks run. */
    private static final Set<TicketState> WORKING = EnumSet.of(SIGNED, CONTACTED, REPLIED, REOPENED);
    /** Before contact: the only time a ticket may be returned (退单). */
    private static final Set<TicketState> BEFORE_CONTACT = EnumSet.of(ASSIGNED, SIGNED);

    public record Rule(Set<TicketState> from, TicketState to, Actor actor) {
    }

    private static final Map<Action, Rule> RULES = new EnumMap<>(Action.class);

    static {
        rule(Action.SIGN, EnumSet.of(ASSIGNED), SIGNED, Actor.LEAD);
        rule(Action.CONTACT, EnumSet.of(SIGNED), CONTACTED, Actor.LEAD);
        rule(Action.REPLY, EnumSet.of(SIGNED, CONTACTED), REPLIED, Actor.LEAD);
        rule(Action.RESOLVE, WORKING, RESOLVED, Actor.LEAD);
        rule(Action.REQUEST_RETURN, BEFORE_CONTACT, null, Actor.LEAD);
        rule(Action.REQUEST_SUSPENSION, WORKING, null, Actor.LEAD);
        rule(Action.REQUEST_EXTENSION, union(WORKING, EnumSet.of(SUSPENDED)), null, Actor.LEAD);
        rule(Action.ADD_NOTE, union(WORKING, EnumSet.of(ASSIGNED, SUSPENDED, RESOLVED)), null, Actor.LEAD_OR_ASSISTING);
        rule(Action.RESUME, EnumSet.of(SUSPENDED), null, Actor.LEAD_OR_DISPATCHER);
        rule(Action.ROUTE, EnumSet.of(PENDING_DISPATCH), ASSIGNED, Actor.DISPATCHER);
        rule(Action.APPROVE_RETURN, BEFORE_CONTACT, null, Actor.DISPATCHER);
        rule(Action.APPROVE_SUSPENSION, WORKING, SUSPENDED, Actor.DISPATCHER);
        rule(Action.APPROVE_EXTENSION, union(WORKING, EnumSet.of(SUSPENDED)), null, Actor.DISPATCHER);
        rule(Action.REJECT_REQUEST, union(WORKING, EnumSet.of(ASSIGNED, SUSPENDED)), null, Actor.DISPATCHER);
        rule(Action.REROUTE, union(WORKING, EnumSet.of(ASSIGNED)), ASSIGNED, Actor.DISPATCHER);
        rule(Action.URGE, union(WORKING, EnumSet.of(ASSIGNED, SUSPENDED)), null, Actor.DISPATCHER_OR_SUPERVISOR);
        rule(Action.REOPEN, EnumSet.of(CLOSED), REOPENED, Actor.DISPATCHER_OR_SUPERVISOR);
        rule(Action.CALL_BACK, EnumSet.of(RESOLVED), CLOSED, Actor.SYSTEM);
    }

    private Transitions() {
    }

    public static Rule of(Action action) {
        return RULES.get(action);
    }

    public static Actor who(Action action) {
        return RULES.get(action).actor();
    }

    /** Refuses, with 409, an action the ticket's state does not allow. */
    public static void check(Action action, TicketState state) {
        if (!RULES.get(action).from().contains(state)) {
            throw ProblemException.conflict("a ticket in state " + state + " cannot take action " + action
                    + " (allowed from " + RULES.get(action).from() + ")");
        }
    }

    /** The state after {@code action}; {@code suspendedFrom} is where RESUME goes back to. */
    public static TicketState target(Action action, TicketState current, TicketState suspendedFrom) {
        if (action == Action.RESUME) {
            return suspendedFrom;
        }
        TicketState to = RULES.get(action).to();
        return to == null ? current : to;
    }

    private static void rule(Action action, Set<TicketState> from, TicketState to, Actor actor) {
        RULES.put(action, new Rule(Set.copyOf(from), to, actor));
    }

    private static Set<TicketState> union(Set<TicketState> a, Set<TicketState> b) {
        Set<TicketState> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
