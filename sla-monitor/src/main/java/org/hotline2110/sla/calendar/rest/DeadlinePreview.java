package org.hotline2110.sla.calendar.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "截止时间预览: when a clock started at `start` would be due")
public record DeadlinePreview(
        @Schema(description = "The calendar used", examples = "default") String calendar,
        @Schema(description = "The start, in the calendar's offset", examples = "2026-11-24T10:30:00+08:00") String start,
        @Schema(description = "The deadline, in the calendar's offset", examples = "2026-11-24T14:00:00+08:00") String deadline,
        @Schema(description = "False when the span reaches a year without holiday data: weekends only were counted there")
        boolean calendarComplete) {
}
