package org.hotline2110.dispatch.workflow;

import org.hotline2110.dispatch.ticket.DispatchTicket;
import org.hotline2110.platform.problem.ProblemException;

/**
 * Optimistic locking for people: an action names the version it was decided on ({@code If-Match: "<version>"}, the
 * ETag of the ticket it read). Two clerks acting on one ticket at once: the second finds the version moved on and
 * gets 412, so nobody acts on a ticket they have not seen.
 */
final class Preconditions {

    private Preconditions() {
    }

    static void check(String ifMatch, DispatchTicket ticket) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of the ticket you are acting on (now " + ticket.etag() + ")");
        }
        String wanted = ifMatch.strip();
        if (wanted.startsWith("W/")) {
            wanted = wanted.substring(2);
        }
        if (!wanted.equals(ticket.etag())) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "the ticket changed since you read it: If-Match " + ifMatch.strip() + ", now " + ticket.etag()
                            + "; read it again and decide on what it is now");
        }
    }
}
