package org.hotline2110.platform.web.live;

/**
 * Something a page shows has changed. {@code department} scopes it: a department clerk hears only its own
 * department's events and those of no department; every other role hears all.
 */
public record PageEvent(String name, String department) {
}
