package org.hotline2110.contracts.feedback;

/** The enterprise's satisfaction at the call-back; 满意 and 基本满意 count as satisfied in the assessment. */
public enum Satisfaction {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED
}
