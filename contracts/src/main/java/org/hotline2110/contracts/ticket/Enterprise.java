package org.hotline2110.contracts.ticket;

/** The enterprise a ticket is about, identified by its unified social credit code (GB 32100-2015). */
public record Enterprise(String name, String creditCode) {
}
