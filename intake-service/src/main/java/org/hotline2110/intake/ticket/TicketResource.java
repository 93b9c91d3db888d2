package org.hotline2110.intake.ticket;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.hotline2110.contracts.ticket.TicketState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.intake.idempotency.IdempotencyKeys;
import org.hotline2110.intake.privacy.ContactDisclosure;
import org.hotline2110.intake.privacy.ContactRead;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class TicketResource {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final TicketService service;
    private final Caller caller;
    private final ContactDisclosure disclosure;

    public TicketResource(TicketService service, Caller caller, ContactDisclosure disclosure) {
        this.service = service;
        this.caller = caller;
        this.disclosure = disclosure;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Log an enterprise's demand as a ticket; it is dispatched automatically",
            description = "With an Idempotency-Key, a retry with the same body answers 200 with the ticket the first "
                    + "request made (201); the same key with another body answers 422. Nothing is stored twice.")
    @APIResponse(responseCode = "201", description = "Logged", content = @Content(schema = @Schema(implementation = TicketView.class)),
            headers = @Header(name = "Location", description = "The ticket's URL", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "A replay of an Idempotency-Key: the ticket it made",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    public Uni<RestResponse<TicketView>> create(
            @Parameter(in = ParameterIn.HEADER, description = "A key of the client's choosing (a UUID) that makes retries safe; up to 100 printable ASCII characters")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull(message = "a ticket body is required") @Valid CreateTicketRequest request) {
        return service.create(request, caller.name(), idempotencyKey)
                .map(outcome -> RestResponse.ResponseBuilder.<TicketView>create(
                        outcome.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                        .location(URI.create("/api/v1/tickets/" + outcome.ticket().id()))
                        .entity(outcome.ticket()).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One ticket: where it is, who has it, its lights")
    public Uni<TicketView> get(@Parameter(description = "Ticket id") @PathParam("id") UUID id) {
        return service.find(id)
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("ticket", id)))
                .flatMap(ticket -> shown(ContactRead.TICKET, List.of(ticket)))
                .map(shown -> shown.get(0));
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Search tickets, newest first; every criterion is optional",
            description = "The total number of matches is in the X-Total-Count header.")
    @APIResponse(responseCode = "200", description = "One page of matching tickets",
            content = @Content(schema = @Schema(implementation = TicketView.class, type = SchemaType.ARRAY)),
            headers = @Header(name = TOTAL_COUNT, description = "How many tickets match in all", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<RestResponse<List<TicketView>>> list(
            @Parameter(description = "Ticket number or its beginning (20261124 finds that day's)", example = "20261124-000042") @QueryParam("number") String number,
            @Parameter(description = "Part of the enterprise's name", example = "恒丰") @QueryParam("enterprise") String enterprise,
            @Parameter(description = "Unified social credit code", example = "91330782MA28C1X705") @QueryParam("creditCode") String creditCode,
            @Parameter(description = "Status", schema = @Schema(implementation = TicketState.class)) @QueryParam("status") String status,
            @Parameter(description = "Topic id", example = "approvals") @QueryParam("topic") String topic,
            @Parameter(description = "Lead or assisting department id", example = "approval-bureau") @QueryParam("department") String department,
            @Parameter(description = "Received on or after this day (Asia/Shanghai)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Received on or before this day (Asia/Shanghai)", example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "Page, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size) {
        TicketQuery.page(page, size);
        TicketSearch search = TicketQuery.search(number, enterprise, creditCode, status, topic, department, from, to);
        return service.search(search, page, size)
                .flatMap(found -> shown(ContactRead.SEARCH, found))
                .flatMap(shown -> service.count(search).map(total -> RestResponse.ResponseBuilder.ok(shown)
                        .header(TOTAL_COUNT, total).build()));
    }

    @GET
    @Path("duplicates")
    @RolesAllowed({ Roles.OPERATOR, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Open tickets of the same enterprise and topic: candidates to link a repeat call to",
            description = "Link a call with POST /api/v1/tickets/{id}/calls.")
    public Uni<List<TicketView>> duplicates(
            @Parameter(description = "The enterprise's unified social credit code", required = true, example = "91330782MA28C1X705") @QueryParam("creditCode") String creditCode,
            @Parameter(description = "Topic id", required = true, example = "approvals") @QueryParam("topic") String topic) {
        TicketSearch search = TicketSearch.openMatter(required("creditCode", creditCode, 18), required("topic", topic, 40));
        return service.search(search, 0, TicketQuery.MAX_SIZE)
                .flatMap(found -> shown(ContactRead.DUPLICATES, found));
    }

    private static String required(String field, String value, int max) {
        String text = TicketQuery.text(field, value, max);
        if (text == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return text;
    }

    /** The tickets as the caller may see them: in clear once the reading is recorded, else with the contact masked. */
    private Uni<List<TicketView>> shown(ContactRead what, List<TicketView> tickets) {
        if (!disclosure.inClear()) {
            return Uni.createFrom().item(tickets.stream().map(TicketView::withContactMasked).toList());
        }
        List<UUID> read = tickets.stream().filter(TicketView::showsContact).map(TicketView::id).toList();
        return disclosure.recorded(what, read).replaceWith(tickets);
    }
}
