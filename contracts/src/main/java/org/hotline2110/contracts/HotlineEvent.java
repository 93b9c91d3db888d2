package org.hotline2110.contracts;

import java.util.UUID;

/** An event payload. Every event concerns one ticket, whose id is the record key and the CloudEvents subject. */
public interface HotlineEvent {

    UUID ticketId();
}
