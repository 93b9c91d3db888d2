package org.hotline2110.sla.web;

import java.time.LocalDate;

import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.sql.Timestamps;
import org.hotline2110.platform.web.PageFormats;
import org.hotline2110.sla.assessment.Period;

/**
 * The assessment page's period as typed: this year by default, else any range of days. A malformed one is reported in
 * Chinese on the page, with the year shown instead; the API keeps answering 400 for it.
 */
record PeriodInput(Period period, String from, String to, String problem) {

    static PeriodInput of(String from, String to) {
        LocalDate today = LocalDate.ofInstant(Timestamps.now(), PageFormats.ZONE);
        String first = blank(from) ? today.withDayOfYear(1).toString() : from.strip();
        String last = blank(to) ? today.withDayOfYear(today.lengthOfYear()).toString() : to.strip();
        try {
            return new PeriodInput(Period.of(first, last, Timestamps.now()), first, last, null);
        } catch (ProblemException e) {
            Period year = Period.of(today.withDayOfYear(1).toString(),
                    today.withDayOfYear(today.lengthOfYear()).toString(), Timestamps.now());
            return new PeriodInput(year, first, last, "时段有误：请填写形如 2026-01-01 的日期，结束日不早于开始日，"
                    + "时段最长三年。下面显示的是今年的考核。");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
