package org.hotline2110.contracts.ticket;

/** What a lead department asks the dispatch centre to approve. */
public enum ApprovalKind {
    /** 退单: the ticket is not ours; route it elsewhere. Only before contact. */
    RETURN,
    /** 挂起: pause the clocks that pause, e.g. while waiting for the enterprise's documents. */
    SUSPENSION,
    /** 延期: move the RESOLVE deadline by some working days. */
    EXTENSION
}
