package org.hotline2110.sla.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.seeds.Seeds;

/**
 * The calendars of seeds/calendar/calendars.json by name, each with the holiday file it names. A plain class, so
 * that tests and benchmarks build the same calendars the service does without a container.
 */
public final class CalendarData {

    private final SortedMap<String, WorkingCalendar> calendars;

    private CalendarData(Map<String, WorkingCalendar> calendars) {
        this.calendars = Collections.unmodifiableSortedMap(new TreeMap<>(calendars));
    }

    public static CalendarData fromSeeds(ObjectMapper mapper) {
        CalendarsFile file = Seeds.read(mapper, "calendar/calendars.json", new TypeReference<CalendarsFile>() { });
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        file.calendars().forEach((name, definition) -> {
            WorkingCalendar calendar = definition.toCalendar(name);
            if (definition.holidays() != null) {
                calendar = Seeds.read(mapper, "calendar/" + definition.holidays(), new TypeReference<HolidayFile>() { })
                        .applyTo(calendar);
            }
            calendars.put(name, calendar);
        });
        return new CalendarData(calendars);
    }

    public WorkingCalendar calendar(String name) {
        WorkingCalendar calendar = calendars.get(name);
        if (calendar == null) {
            throw new IllegalArgumentException("No calendar '" + name + "'; known: " + calendars.keySet());
        }
        return calendar;
    }

    public Set<String> names() {
        return calendars.keySet();
    }

    record CalendarsFile(Map<String, Definition> calendars) {
    }

    /** {@code holidays}: the holiday file under seeds/calendar/, or null for a calendar that works through them. */
    record Definition(String zone, Set<DayOfWeek> workingWeekdays, List<String> workingPeriods, String holidays) {

        WorkingCalendar toCalendar(String name) {
            List<WorkingPeriod> periods = workingPeriods.stream().map(WorkingPeriod::parse).toList();
            return WorkingCalendar.of(name, ZoneId.of(zone), workingWeekdays, periods, holidays != null);
        }
    }
}
