package org.hotline2110.contracts.ticket;

/** How a department reached the enterprise: by phone, on site, or by a visit to the enterprise. */
public enum ContactMethod {
    PHONE,
    ON_SITE,
    VISIT
}
