package org.hotline2110.intake.duplicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.intake.ticket.CreateTicketRequest.ContactInput;

@Schema(description = "重复件: another call about a matter that already has an open ticket")
public record LinkedCallRequest(
        @Schema(description = "Channel id from seeds/channels.json", examples = "phone") @NotBlank @Size(max = 40) String channel,
        @Schema(description = "Who called this time; stored in intake-service only") @NotNull @Valid ContactInput contact,
        @Schema(description = "What the enterprise added on this call", examples = "企业再次来电催问进度。") @Size(max = 2000) String note) {
}
