package org.hotline2110.platform.messaging;

/**
 * An event that can never be applied (not a CloudEvent, not JSON, unknown type, breaks its schema, refers to
 * something unknown). It goes to the dead-letter topic with this message as its reason; retrying can't help.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
