package org.hotline2110.contracts.ticket;

/**
 * The enterprise a ticket is about, identified by its unified social credit code (GB 32100-2015).
 * {@code creditCodeOverrideReason} is set only when the operator accepted a code that fails its check character.
 */
public record Enterprise(String name, String creditCode, String creditCodeOverrideReason) {
}
