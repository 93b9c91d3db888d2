package org.hotline2110.sla.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.sla.calendar.CalendarCoverage;
import org.hotline2110.sla.calendar.CalendarYears;
import org.hotline2110.sla.calendar.Calendars;
import org.hotline2110.sla.calendar.HolidayFile;
import org.hotline2110.sla.calendar.WorkingCalendar;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The working-day calendar (admin): the years loaded with their days off and make-up working days, and loading a
 * year from a JSON file (the body of {@code PUT /api/v1/calendars/{c}/years/{year}}) after a preview of how many open
 * clocks it will move.
 */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CalendarPage {

    private static final String CALENDAR = "default";

    private final Template page;
    private final Template preview;
    private final Calendars calendars;
    private final CalendarYears years;
    private final CalendarCoverage coverage;
    private final CalendarImpact impact;
    private final ObjectMapper mapper;
    private final Caller caller;

    public CalendarPage(@Location("sla/calendar.html") Template page,
            @Location("sla/calendar-preview.html") Template preview, Calendars calendars, CalendarYears years,
            CalendarCoverage coverage, CalendarImpact impact, ObjectMapper mapper, Caller caller) {
        this.page = page;
        this.preview = preview;
        this.calendars = calendars;
        this.years = years;
        this.coverage = coverage;
        this.impact = impact;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    public TemplateInstance page() {
        WorkingCalendar calendar = calendars.get(CALENDAR);
        List<YearView> loaded = new TreeSet<>(calendar.coveredYears()).stream().map(y -> year(calendar, y)).toList();
        return page.data("calendar", calendar.name()).data("years", loaded)
                .data("nextYearMissing", coverage.nextYearMissing()).data("nextYear", coverage.nextYear());
    }

    /** Reads the file and says what loading it would change, without changing anything. */
    @POST
    @Path("preview")
    @Blocking
    public TemplateInstance preview(@RestForm("year") String year, @RestForm("file") FileUpload file) {
        Parsed parsed = parse(year, file);
        if (parsed.problem() != null) {
            return preview.data("problem", parsed.problem()).data("done", false);
        }
        long moving = impact.openClocksMoving(calendars.get(CALENDAR), parsed.year(), parsed.days());
        return preview.data("problem", null).data("done", false).data("year", parsed.year())
                .data("holidays", parsed.days().holidays().size())
                .data("makeup", parsed.days().makeupWorkdays().size()).data("moving", moving)
                .data("json", parsed.json());
    }

    @POST
    @Path("load")
    @Blocking
    public TemplateInstance load(@RestForm("year") String year, @RestForm("json") String json) {
        Parsed parsed = parse(year, json);
        if (parsed.problem() != null) {
            return preview.data("problem", parsed.problem()).data("done", false);
        }
        try {
            years.load(CALENDAR, parsed.year(), parsed.days(), caller.name()).await().indefinitely();
        } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            return preview.data("problem", "文件内容有误：" + e.getMessage()).data("done", false);
        }
        return preview.data("problem", null).data("done", true).data("year", parsed.year());
    }

    private Parsed parse(String year, FileUpload file) {
        if (file == null) {
            return Parsed.failed("请选择一个 JSON 文件。");
        }
        try {
            return parse(year, Files.readString(file.uploadedFile()));
        } catch (IOException e) {
            return Parsed.failed("文件无法读取。");
        }
    }

    private Parsed parse(String year, String json) {
        int number;
        try {
            number = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            return Parsed.failed("请填写年份，例如 2027。");
        }
        if (number < 2000 || number > 2100) {
            return Parsed.failed("年份须在 2000 至 2100 之间。");
        }
        try {
            HolidayFile.Year days = mapper.readValue(json, HolidayFile.Year.class);
            if (days.holidays() == null || days.makeupWorkdays() == null) {
                return Parsed.failed("文件须含 holidays 和 makeupWorkdays 两个列表。");
            }
            boolean sameYear = java.util.stream.Stream.concat(days.holidays().stream(), days.makeupWorkdays().stream())
                    .allMatch(d -> d.date() != null && d.date().startsWith(number + "-"));
            if (!sameYear) {
                return Parsed.failed("文件中的日期须都在 " + number + " 年内。");
            }
            return new Parsed(number, days, json, null);
        } catch (IOException e) {
            return Parsed.failed("文件不是有效的 JSON：须含 holidays 和 makeupWorkdays 两个列表。");
        }
    }

    /** Days off are weekdays that are not worked; make-up days are weekend days that are. */
    private static YearView year(WorkingCalendar calendar, int year) {
        List<LocalDate> off = new ArrayList<>();
        List<LocalDate> makeup = new ArrayList<>();
        LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).forEach(day -> {
            boolean weekend = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(day.getDayOfWeek());
            if (!weekend && !calendar.isWorkingDay(day)) {
                off.add(day);
            } else if (weekend && calendar.isWorkingDay(day)) {
                makeup.add(day);
            }
        });
        return new YearView(year, join(off), off.size(), join(makeup), makeup.size());
    }

    private static String join(List<LocalDate> days) {
        return days.stream().sorted(Comparator.naturalOrder())
                .map(d -> d.getMonthValue() + "月" + d.getDayOfMonth() + "日")
                .collect(Collectors.joining("、"));
    }

    @TemplateData
    public record YearView(int year, String holidays, int holidayCount, String makeup, int makeupCount) {
    }

    private record Parsed(int year, HolidayFile.Year days, String json, String problem) {
        static Parsed failed(String problem) {
            return new Parsed(0, null, null, problem);
        }
    }
}
