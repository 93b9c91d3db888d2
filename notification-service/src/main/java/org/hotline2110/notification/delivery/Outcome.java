package org.hotline2110.notification.delivery;

/** What one attempt came to: the receiver's status code where there was one, else the error. */
public record Outcome(boolean succeeded, Integer statusCode, String error, long durationMs) {

    public static Outcome delivered(Integer statusCode, long durationMs) {
        return new Outcome(true, statusCode, null, durationMs);
    }

    public static Outcome failed(Integer statusCode, String error, long durationMs) {
        return new Outcome(false, statusCode, error == null ? "failed" : truncate(error), durationMs);
    }

    private static String truncate(String error) {
        return error.length() > 500 ? error.substring(0, 500) : error;
    }
}
