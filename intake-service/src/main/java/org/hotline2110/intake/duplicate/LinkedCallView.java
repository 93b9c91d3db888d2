package org.hotline2110.intake.duplicate;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.intake.enterprise.PhoneMask;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A repeat call linked to an open ticket: counted, not dispatched again")
public record LinkedCallView(
        @Schema(description = "Call id", examples = "0b7e3c1a-2f4d-4e5b-8c6d-7e8f9a0b1c2d") UUID id,
        @Schema(description = "The ticket the call was linked to", examples = "6f1c1f3e-8a4b-4c0d-9e2f-1a2b3c4d5e6f") UUID ticketId,
        @Schema(description = "When the call was taken", examples = "2026-11-25T01:00:00Z") Instant receivedAt,
        @Schema(description = "The operator who took it", examples = "operator") String receivedBy,
        @Schema(description = "Channel id", examples = "phone") String channel,
        @Schema(description = "Who called; only operators and admins see it", examples = "李会计") String contactName,
        @Schema(description = "Their phone; masked for every role but operator and admin", examples = "13957154321") String contactPhone,
        @Schema(description = "What the enterprise added", examples = "企业再次来电催问进度。") String note) {

    LinkedCallView withContactMasked() {
        return new LinkedCallView(id, ticketId, receivedAt, receivedBy, channel, null,
                contactPhone == null ? null : PhoneMask.mask(contactPhone), note);
    }
}
