package org.hotline2110.dispatch.workflow;


import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

/**
 * The caller as plain data, taken on the request thread: the work itself runs later in a transaction, where the
 * request-scoped {@link Caller} is no longer at hand.
 */
public record Who(String name, String department, boolean dispatcher, boolean supervisor) {

    /** The call-back result arriving from intake-service. */
    public static final Who CALL_BACK = new Who("call-back", null, false, false);

    public static Who of(Caller caller) {
        boolean dispatcher = caller.is(Roles.DISPATCHER) || caller.is(Roles.ADMIN);
        return new Who(caller.name(), caller.department().orElse(null), dispatcher, caller.is(Roles.SUPERVISOR));
    }

    public boolean isDepartment() {
        return department != null;
    }

}
