package org.hotline2110.notification.delivery;

/**
 * Which subscriptions ({@code s}) an event reaches, as SQL over the parameters of
 * {@link DeliveryRepository#toSubscriptions}: $5 department, $6 clock, $7 level.
 */
public enum Audience {

    /** Alerts of a followed department (or of every department) at a chosen level and clock. */
    ALERT("(s.department IS NULL OR s.department = $5) AND $7 = ANY (s.levels) AND $6 = ANY (s.clocks)"),

    /** Urging of a followed department's ticket, for subscriptions that asked for urging. */
    URGING("s.urging AND (s.department IS NULL OR s.department = $5)"),

    /** The digest of one department, for subscriptions that follow that department and asked for the digest. */
    DIGEST_OF_DEPARTMENT("s.digest AND s.department = $5"),

    /** The digest of every department, for digest subscriptions that follow every department. */
    DIGEST_OF_ALL("s.digest AND s.department IS NULL");

    private final String condition;

    Audience(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }
}
