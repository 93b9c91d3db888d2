package org.hotline2110.intake.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/contact-accesses")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class ContactAccessResource {

    private static final String TOTAL_COUNT = "X-Total-Count";

    private final ContactAccessLog log;

    public ContactAccessResource(ContactAccessLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Who read which ticket's contact name and phone in clear, and when; newest first (admin)",
            description = "The total number of matches is in the X-Total-Count header.")
    @APIResponse(responseCode = "200", description = "One page of readings",
            content = @Content(schema = @Schema(implementation = ContactAccess.class, type = SchemaType.ARRAY)),
            headers = @Header(name = TOTAL_COUNT, description = "How many readings match in all", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<RestResponse<List<ContactAccess>>> list(
            @Parameter(description = "Ticket id") @QueryParam("ticket") UUID ticket,
            @Parameter(description = "Who read: a token subject or a person's name", example = "张三")
            @QueryParam("person") @Size(max = 200) String person,
            @Parameter(description = "Page, from 0") @QueryParam("page") @DefaultValue("0") @Min(0)
            @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        String who = person == null || person.isBlank() ? null : person.strip();
        return log.find(ticket, who, page, size)
                .flatMap(found -> log.count(ticket, who)
                        .map(total -> RestResponse.ResponseBuilder.ok(found).header(TOTAL_COUNT, total).build()));
    }
}
