package org.hotline2110.sla.assessment;

/** What was counted for one lead department in a period, before any rate or score is derived from it. */
public record DepartmentCounts(String department, int assigned, int resolved, int contactJudged, int contactOnTime,
        int replyJudged, int replyOnTime, int resolveJudged, int resolveOnTime, int rated, int satisfied,
        int returned, int extended, int suspended, int reopened, int urged, int redAlerts) {

    public DepartmentCounts withReturned(int count) {
        return new DepartmentCounts(department, assigned, resolved, contactJudged, contactOnTime, replyJudged,
                replyOnTime, resolveJudged, resolveOnTime, rated, satisfied, count, extended, suspended, reopened,
                urged, redAlerts);
    }

    /** A department with returns only: no ticket of the period counts for it. */
    public static DepartmentCounts returnsOnly(String department, int returned) {
        return new DepartmentCounts(department, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, returned, 0, 0, 0, 0, 0);
    }
}
