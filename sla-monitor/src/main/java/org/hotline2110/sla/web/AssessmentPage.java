package org.hotline2110.sla.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.sla.assessment.AssessmentConfig;
import org.hotline2110.sla.assessment.AssessmentService;
import org.hotline2110.sla.assessment.DepartmentFigures;
import org.hotline2110.sla.assessment.export.AssessmentExport;
import org.hotline2110.sla.assessment.export.ExportTable;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * The year-end assessment (年底综合考核): the ranking with every figure of the export, the files to download and the
 * four lists. It reads the figures over JDBC like the API, so its methods run on a worker thread. A department's
 * clerk sees its own line only, and neither the files nor the lists, which hold every department's tickets.
 */
@TemplateData(target = DepartmentFigures.class)
@TemplateData(target = org.hotline2110.sla.assessment.DepartmentCounts.class)
@TemplateData(target = org.hotline2110.sla.assessment.Period.class)
@TemplateData(target = PeriodInput.class)
@Path("/assessment")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
public class AssessmentPage {

    /** The four lists, in the order of the workbook. */
    static final List<ExportTable> LISTS = List.of(ExportTable.PROBLEMS, ExportTable.SUGGESTIONS, ExportTable.URGED,
            ExportTable.RESULTS);
    private static final int LIST_ROWS = 500;

    private final Template page;
    private final Template listPage;
    private final AssessmentService assessments;
    private final AssessmentExport export;
    private final AssessmentConfig config;
    private final Caller caller;

    public AssessmentPage(@Location("sla/assessment.html") Template page,
            @Location("sla/assessment-list.html") Template listPage, AssessmentService assessments,
            AssessmentExport export, AssessmentConfig config, Caller caller) {
        this.page = page;
        this.listPage = listPage;
        this.assessments = assessments;
        this.export = export;
        this.config = config;
        this.caller = caller;
    }

    @GET
    public Response ranking(@QueryParam("from") String from, @QueryParam("to") String to) {
        PeriodInput input = PeriodInput.of(from, to);
        var figures = assessments.figures(input.period());
        List<DepartmentFigures> lines = figures.departments().stream()
                .filter(f -> caller.mayReach(f.department())).toList();
        var centre = caller.mayReach(figures.dispatchCentre().department()) ? figures.dispatchCentre() : null;
        String html = page.data("input", input).data("p", input.period())
                .data("ranked", lines.stream().filter(f -> f.rank() != null).toList())
                .data("unranked", lines.stream().filter(f -> f.rank() == null).toList())
                .data("centre", centre)
                .data("minimum", config.minimumTickets()).data("files", !caller.is(Roles.DEPARTMENT))
                .data("query", query(input)).data("lists", LISTS.stream().map(ListLink::of).toList())
                .render();
        return Response.status(input.problem() == null ? 200 : 400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }

    @GET
    @Path("lists/{table}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public String list(@PathParam("table") String table, @QueryParam("from") String from, @QueryParam("to") String to) {
        ExportTable chosen = ExportTable.named(table).filter(LISTS::contains)
                .orElseThrow(() -> ProblemException.notFound("list", table));
        PeriodInput input = PeriodInput.of(from, to);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            export.write(assessments.snapshot(input.period()), AssessmentExport.Format.CSV, chosen, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = CsvRows.parse(csv.toString(StandardCharsets.UTF_8));
        List<List<String>> body = rows.subList(Math.min(1, rows.size()), rows.size());
        return listPage.data("title", chosen.title()).data("input", input).data("query", query(input))
                .data("headers", rows.isEmpty() ? List.of() : rows.get(0))
                .data("rows", body.subList(0, Math.min(LIST_ROWS, body.size()))).data("total", body.size())
                .data("limit", LIST_ROWS).data("table", chosen.fileName()).render();
    }

    private static String query(PeriodInput input) {
        return "from=" + URLEncoder.encode(input.period().from().toString(), StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(input.period().to().toString(), StandardCharsets.UTF_8);
    }

    @TemplateData
    public record ListLink(String table, String title) {
        static ListLink of(ExportTable table) {
            return new ListLink(table.fileName(), table.title());
        }
    }
}
