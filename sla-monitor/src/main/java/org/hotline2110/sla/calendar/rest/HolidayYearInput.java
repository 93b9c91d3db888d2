package org.hotline2110.sla.calendar.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.sla.calendar.HolidayFile;

@Schema(description = "One year of the State Council's holiday notice: days off and make-up working days (调休上班)")
public record HolidayYearInput(
        @Schema(description = "Official days off") @NotNull @Size(max = 60) @Valid List<DayInput> holidays,
        @Schema(description = "Weekend days worked instead") @NotNull @Size(max = 30) @Valid List<DayInput> makeupWorkdays) {

    HolidayFile.Year toYear() {
        return new HolidayFile.Year(holidays.stream().map(DayInput::toDay).toList(),
                makeupWorkdays.stream().map(DayInput::toDay).toList());
    }

    @Schema(description = "A day and the festival it belongs to")
    public record DayInput(
            @Schema(description = "ISO date", examples = "2027-01-01") @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2027-01-01") String date,
            @Schema(description = "Festival", examples = "元旦") @NotBlank @Size(max = 20) String name) {

        HolidayFile.Day toDay() {
            return new HolidayFile.Day(date, name);
        }
    }
}
