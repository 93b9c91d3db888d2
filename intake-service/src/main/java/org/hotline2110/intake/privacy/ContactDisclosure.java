package org.hotline2110.intake.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;

/**
 * Who sees a contact's name and phone in clear (the operators who call the enterprise back, and admins), and the
 * record of each time they do: an answer that shows them is sent only once its reading is recorded.
 */
@RequestScoped
public class ContactDisclosure {

    private final Caller caller;
    private final ContactAccessLog log;

    public ContactDisclosure(Caller caller, ContactAccessLog log) {
        this.caller = caller;
        this.log = log;
    }

    public boolean inClear() {
        return caller.is(Roles.OPERATOR) || caller.is(Roles.ADMIN);
    }

    /** Records that the caller reads the contacts of {@code tickets} in clear; nothing when they see them masked. */
    public Uni<Void> recorded(ContactRead what, List<UUID> tickets) {
        if (!inClear() || tickets.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return log.record(tickets.stream().distinct().toList(), caller.name(), caller.personName(), what,
                Timestamps.now());
    }
}
