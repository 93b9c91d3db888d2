package org.hotline2110.sla.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

import io.quarkus.qute.TemplateData;

/**
 * The board as a table: a row per lead department, for every clock kind (whatever kinds the policy has) and in all
 * the open clocks by light, red rows first. Each non-zero count links to the list of its tickets.
 */
@TemplateData
public record BoardTable(List<Column> columns, List<Row> rows) {

    /** Red first: the order a supervisor reads the lights in. */
    static final List<AlertLevel> LIGHTS = List.of(AlertLevel.RED, AlertLevel.YELLOW, AlertLevel.GREEN);

    static BoardTable of(List<BoardQueries.Count> counts, BoardFilter filter, Function<String, String> names) {
        List<Column> columns = new ArrayList<>();
        Arrays.stream(Clock.values()).forEach(kind -> columns.add(new Column(Labels.clock(kind) + "时限")));
        columns.add(new Column("合计"));
        Map<String, Map<Clock, Map<AlertLevel, Integer>>> byDepartment = new LinkedHashMap<>();
        for (BoardQueries.Count c : counts) {
            byDepartment.computeIfAbsent(c.department(), d -> new EnumMap<>(Clock.class))
                    .computeIfAbsent(c.clock(), k -> new EnumMap<>(AlertLevel.class))
                    .merge(c.light(), c.count(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        byDepartment.forEach((department, kinds) -> rows.add(row(department, names.apply(department), kinds, filter)));
        rows.sort(Comparator.comparingInt((Row r) -> -r.red()).thenComparingInt(r -> -r.yellow())
                .thenComparing(Row::name));
        return new BoardTable(columns, rows);
    }

    private static Row row(String department, String name, Map<Clock, Map<AlertLevel, Integer>> kinds,
            BoardFilter filter) {
        List<Cell> cells = new ArrayList<>();
        Map<AlertLevel, Integer> totals = new EnumMap<>(AlertLevel.class);
        for (Clock kind : Clock.values()) {
            Map<AlertLevel, Integer> lights = kinds.getOrDefault(kind, Map.of());
            for (AlertLevel light : LIGHTS) {
                int n = lights.getOrDefault(light, 0);
                totals.merge(light, n, Integer::sum);
                cells.add(new Cell(kind.name(), n, light, filter.choose(department, kind, light).query(),
                        name + " " + Labels.clock(kind) + "时限 " + word(light)));
            }
        }
        for (AlertLevel light : LIGHTS) {
            int n = totals.getOrDefault(light, 0);
            cells.add(new Cell("ALL", n, light, filter.choose(department, null, light).query(),
                    name + " 合计 " + word(light)));
        }
        return new Row(department, name, cells, totals.getOrDefault(AlertLevel.RED, 0),
                totals.getOrDefault(AlertLevel.YELLOW, 0));
    }

    private static String word(AlertLevel light) {
        return switch (light) {
            case RED -> "红灯";
            case YELLOW -> "黄灯";
            case GREEN -> "绿灯";
        };
    }

    public List<AlertLevel> lights() {
        return LIGHTS;
    }

    @TemplateData
    public record Column(String title) {
    }

    /** {@code clock} is a kind's name or ALL; {@code label} names the count for a screen reader. */
    @TemplateData
    public record Cell(String clock, int count, AlertLevel light, String query, String label) {
    }

    @TemplateData
    public record Row(String department, String name, List<Cell> cells, int red, int yellow) {
    }
}
