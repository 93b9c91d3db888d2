package org.hotline2110.sla.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.sla.calendar.HolidayFile;
import org.hotline2110.sla.calendar.WorkingCalendar;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * How many open clocks a year's holidays would move: those whose span from start to deadline touches a day whose
 * working status the file changes. A clock whose span misses every such day keeps its deadline.
 */
@ApplicationScoped
class CalendarImpact {

    private final Pool pool;

    CalendarImpact(Pool pool) {
        this.pool = pool;
    }

    long openClocksMoving(WorkingCalendar calendar, int year, HolidayFile.Year days) {
        Set<LocalDate> off = dates(days.holidays());
        Set<LocalDate> worked = dates(days.makeupWorkdays());
        List<LocalDate> changed = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(day -> {
                    boolean weekend = day.getDayOfWeek().getValue() >= 6;
                    boolean working = worked.contains(day) || !weekend && !off.contains(day);
                    return working != calendar.isWorkingDay(day);
                }).toList();
        if (changed.isEmpty()) {
            return 0;
        }
        return pool.preparedQuery("""
                        SELECT count(*) AS n FROM clock c
                        WHERE c.state IN ('RUNNING', 'PAUSED') AND EXISTS (
                            SELECT 1 FROM unnest($1::date[]) AS d(day)
                            WHERE d.day BETWEEN (c.started_at AT TIME ZONE $2)::date
                                            AND (c.deadline AT TIME ZONE $2)::date)""")
                .execute(Tuple.of(changed.toArray(new LocalDate[0]), calendar.zone().getId()))
                .map(rows -> rows.iterator().next().getLong("n"))
                .await().indefinitely();
    }

    private static Set<LocalDate> dates(List<HolidayFile.Day> days) {
        Set<LocalDate> dates = new HashSet<>();
        days.forEach(d -> dates.add(LocalDate.parse(d.date())));
        return dates;
    }
}
