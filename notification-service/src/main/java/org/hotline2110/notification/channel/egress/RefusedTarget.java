package org.hotline2110.notification.channel.egress;

/**
 * A webhook target whose address is internal and not allowed. Its message is the same whatever the address and
 * whatever listens there, so that the attempt log cannot be used to map the internal network.
 */
public class RefusedTarget extends RuntimeException {

    public static final String REASON = "refused: the target's address is not allowed";

    public RefusedTarget() {
        super(REASON, null, false, false);
    }
}
