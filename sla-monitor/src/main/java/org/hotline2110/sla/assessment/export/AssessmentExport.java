package org.hotline2110.sla.assessment.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.sla.assessment.AssessmentService;
import org.hotline2110.sla.assessment.AssessmentStore;
import org.hotline2110.sla.assessment.DepartmentFigures;
import org.hotline2110.sla.assessment.Period;
import org.hotline2110.sla.assessment.ReferenceNames;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a period's assessment as CSV (one table), XLSX or JSON (every table), reading the tickets as a stream from
 * one snapshot of the database, so the figures of every table agree with each other.
 */
@ApplicationScoped
public class AssessmentExport {

    public enum Format {
        CSV, XLSX, JSON
    }

    private final AssessmentService assessments;
    private final ReferenceNames names;
    private final ObjectMapper mapper;

    public AssessmentExport(AssessmentService assessments, ReferenceNames names, ObjectMapper mapper) {
        this.assessments = assessments;
        this.names = names;
        this.mapper = mapper;
    }

    /**
     * Writes what {@code snapshot} holds and closes it. The caller opens it first ({@link AssessmentService#snapshot}),
     * so that a refusal (no connection free for an export) is answered before the file begins. Blocking: call it on
     * a worker thread.
     */
    public void write(AssessmentStore.Snapshot snapshot, Format format, ExportTable csvTable, OutputStream out)
            throws IOException {
        Period period = snapshot.period();
        try (snapshot; TableSink sink = sink(format, period, out)) {
            AssessmentService.Figures figures = assessments.figures(snapshot);
            AssessmentTables tables = new AssessmentTables(names, period.asOf());
            List<ExportTable> written = format == Format.CSV ? List.of(csvTable) : List.of(ExportTable.values());
            for (ExportTable table : written) {
                write(table, snapshot, figures, tables, sink);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(ExportTable table, AssessmentStore.Snapshot snapshot, AssessmentService.Figures figures,
            AssessmentTables tables, TableSink sink) throws IOException {
        switch (table) {
            case SUMMARY -> {
                sink.table(table.title(), AssessmentTables.SUMMARY);
                for (DepartmentFigures f : figures.departments()) {
                    sink.row(tables.summary(f));
                }
            }
            case DISPATCH_CENTRE -> {
                sink.table(table.title(), AssessmentTables.DISPATCH_CENTRE);
                sink.row(tables.dispatchCentre(figures.dispatchCentre()));
            }
            case TICKETS -> {
                sink.table(table.title(), AssessmentTables.TICKETS);
                snapshot.tickets("TRUE", ticket -> row(sink, tables.ticket(ticket)));
            }
            default -> {
                sink.table(table.title(), table.list().headers());
                snapshot.tickets(table.list().candidates(), ticket -> {
                    if (table.list().holds(ticket)) {
                        row(sink, tables.listed(table.list(), ticket));
                    }
                });
            }
        }
    }

    private static void row(TableSink sink, List<Object> cells) {
        try {
            sink.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TableSink sink(Format format, Period period, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new CsvSink(out);
            case XLSX -> new XlsxSink(out);
            case JSON -> {
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("期间起", period.from().toString());
                meta.put("期间止", period.to().toString());
                meta.put("数据截至", period.asOf().toString());
                meta.put("是否为期中数据", period.provisional());
                yield new JsonSink(mapper, out, meta);
            }
        };
    }
}
