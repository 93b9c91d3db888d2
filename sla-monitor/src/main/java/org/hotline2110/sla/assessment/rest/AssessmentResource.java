package org.hotline2110.sla.assessment.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.platform.sql.Timestamps;
import org.hotline2110.sla.assessment.AssessmentService;
import org.hotline2110.sla.assessment.AssessmentStore;
import org.hotline2110.sla.assessment.Period;
import org.hotline2110.sla.assessment.export.AssessmentExport;
import org.hotline2110.sla.assessment.export.AssessmentExport.Format;
import org.hotline2110.sla.assessment.export.ExportTable;

/**
 * The year-end assessment (年底综合考核). Both answers read the database over JDBC, so they run on worker threads
 * (a plain, non-reactive return type), never on the event loop; each kind has a limit of how many run at once
 * ({@code hotline.assessment.concurrency}), past which a request is 429 with Retry-After.
 */
@Path("/api/v1/assessments")
@SecurityRequirement(name = "bearer")
public class AssessmentResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AssessmentService assessments;
    private final AssessmentExport export;
    private final Caller caller;

    public AssessmentResource(AssessmentService assessments, AssessmentExport export, Caller caller) {
        this.assessments = assessments;
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Rates, counts, score and rank per lead department (a department token: its own line only)")
    public AssessmentSummary summary(
            @Parameter(description = "First day, ISO date (Asia/Shanghai)", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive", example = "2026-12-31") @QueryParam("to") String to) {
        Period period = Period.of(from, to, Timestamps.now());
        var figures = assessments.figures(period);
        var departments = figures.departments().stream().filter(f -> caller.mayReach(f.department())).toList();
        var centre = caller.mayReach(figures.dispatchCentre().department()) ? figures.dispatchCentre() : null;
        return new AssessmentSummary(period.from(), period.to(), period.asOf(), period.provisional(), departments,
                centre);
    }

    @GET
    @Path("/export")
    @Produces({ "text/csv", XLSX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The assessment as a file: CSV (one table, UTF-8 with BOM), XLSX or JSON (every table), streamed")
    public Response export(
            @Parameter(description = "First day, ISO date (Asia/Shanghai)", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "csv, xlsx or json") @QueryParam("format") String format,
            @Parameter(description = "CSV only: summary (default), dispatch, tickets, problems, suggestions, urged or results")
            @QueryParam("table") String table) {
        Format chosen = format(format);
        ExportTable csvTable = table == null || table.isBlank() ? ExportTable.SUMMARY : ExportTable.named(table)
                .orElseThrow(() -> ProblemException.invalid("table",
                        "one of summary, dispatch, tickets, problems, suggestions, urged, results"));
        Period period = Period.of(from, to, Timestamps.now());
        AssessmentStore.Snapshot snapshot = assessments.snapshot(period);
        StreamingOutput body = out -> export.write(snapshot, chosen, csvTable, out);
        String base = "年底综合考核_" + period.from() + "_" + period.to()
                + (chosen == Format.CSV ? "_" + csvTable.title() : "");
        String extension = chosen.name().toLowerCase(Locale.ROOT);
        return Response.ok(body)
                .type(switch (chosen) {
                    case CSV -> "text/csv; charset=UTF-8";
                    case XLSX -> XLSX;
                    case JSON -> MediaType.APPLICATION_JSON + "; charset=UTF-8";
                })
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessment_" + period.from() + "_"
                        + period.to() + (chosen == Format.CSV ? "_" + csvTable.fileName() : "") + "." + extension
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(base + "." + extension, StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .build();
    }

    private static Format format(String format) {
        if (format == null || format.isBlank()) {
            throw ProblemException.invalid("format", "required: csv, xlsx or json");
        }
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("format", "one of csv, xlsx, json");
        }
    }
}
