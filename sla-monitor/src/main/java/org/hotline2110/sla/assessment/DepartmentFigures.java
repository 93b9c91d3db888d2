package org.hotline2110.sla.assessment;

import java.math.BigDecimal;

/**
 * One department's line of the assessment. Rates are percentages to two decimals (empty when nothing could be
 * judged); {@code rank} is empty for a department listed but not ranked; {@code mark} is 三佳, 二差 or empty.
 */
public record DepartmentFigures(String department, String departmentName, DepartmentCounts counts,
        BigDecimal contactOnTimeRate, BigDecimal replyOnTimeRate, BigDecimal responseRate,
        BigDecimal resolvedOnTimeRate, BigDecimal completionRate, BigDecimal satisfactionRate, BigDecimal score,
        Integer rank, String mark) {

    public static final String BEST = "三佳";
    public static final String WORST = "二差";
}
