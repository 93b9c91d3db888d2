package org.hotline2110.sla.assessment.export;

import java.util.Arrays;
import java.util.Optional;

import org.hotline2110.sla.assessment.export.AssessmentTables.TicketList;

/** The tables an export holds; a CSV file holds one of them, chosen by its name. */
public enum ExportTable {
    SUMMARY("summary", null),
    DISPATCH_CENTRE("dispatch", null),
    TICKETS("tickets", null),
    PROBLEMS("problems", TicketList.PROBLEMS),
    SUGGESTIONS("suggestions", TicketList.SUGGESTIONS),
    URGED("urged", TicketList.URGED),
    RESULTS("results", TicketList.RESULTS);

    private final String name;
    private final TicketList list;

    ExportTable(String name, TicketList list) {
        this.name = name;
        this.list = list;
    }

    public String title() {
        return switch (this) {
            case SUMMARY -> "单位汇总";
            case DISPATCH_CENTRE -> "派单中心";
            case TICKETS -> "工单明细";
            default -> list.title();
        };
    }

    public String fileName() {
        return name;
    }

    TicketList list() {
        return list;
    }

    public static Optional<ExportTable> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name.equals(name)).findFirst();
    }
}
