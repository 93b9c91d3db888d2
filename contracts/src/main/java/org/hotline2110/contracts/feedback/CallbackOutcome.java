package org.hotline2110.contracts.feedback;

/** What the enterprise says became of its demand at the call-back (回访). */
public enum CallbackOutcome {
    /** 解决 */
    RESOLVED,
    /** 部分解决 */
    PARTLY_RESOLVED,
    /** 未解决 */
    UNRESOLVED
}
